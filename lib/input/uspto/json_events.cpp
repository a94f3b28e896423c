#include "input/uspto/json_events.h"

#include "base/errors.h"

#include <charconv>
#include <fmt/format.h>
#include <iterator>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

namespace patlap {
namespace {

constexpr std::size_t chunk_bytes = 1 << 18;
// Deeper than any USPTO response by far; a bound keeps the path (and a hostile file's memory) small.
constexpr std::size_t max_depth = 256;

// The source's bytes one at a time, a chunk read at a time, counting the lines read.
class Chunks {
public:
    explicit Chunks(ByteSource& source) : source_(source), buffer_(new char[chunk_bytes]) {}

    // Whether every byte has been read (reading the next chunk when the one in hand is used up).
    bool at_end() {
        if (pos_ < end_) return false;
        if (ended_) return true;
        end_ = source_.read(buffer_.get(), chunk_bytes);
        pos_ = 0;
        ended_ = end_ == 0;
        return ended_;
    }
    char current() const { return buffer_[pos_]; }
    void advance() {
        if (buffer_[pos_] == '\n') ++line_;
        ++pos_;
    }
    std::uint64_t line() const { return line_; }

private:
    ByteSource& source_;
    std::unique_ptr<char[]> buffer_;
    std::size_t pos_ = 0, end_ = 0;
    bool ended_ = false;
    std::uint64_t line_ = 1;
};

// The input iterator nlohmann/json reads through; the end iterator has no Chunks.
class ChunkIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = char;

    ChunkIterator() = default;
    explicit ChunkIterator(Chunks& chunks) : chunks_(&chunks) {}
    char operator*() const { return chunks_->current(); }
    ChunkIterator& operator++() {
        chunks_->advance();
        return *this;
    }
    ChunkIterator operator++(int) {
        ChunkIterator before = *this;
        ++*this;
        return before;
    }
    friend bool operator==(const ChunkIterator& a, const ChunkIterator& b) { return a.done() == b.done(); }

private:
    bool done() const { return !chunks_ || chunks_->at_end(); }
    Chunks* chunks_ = nullptr;
};

using Json = nlohmann::json;

// nlohmann/json's SAX events, turned into JsonHandler calls with their paths.
class Events : public nlohmann::json_sax<Json> {
public:
    Events(JsonHandler& handler, Chunks& chunks) : handler_(handler), chunks_(chunks) {}

    bool null() override { return scalar(JsonScalar::Type::null, {}); }
    bool boolean(bool value) override { return scalar(JsonScalar::Type::boolean, value ? "true" : "false"); }
    bool number_integer(number_integer_t value) override { return number(value); }
    bool number_unsigned(number_unsigned_t value) override { return number(value); }
    bool number_float(number_float_t, const string_t& text) override { return scalar(JsonScalar::Type::number, text); }
    bool string(string_t& value) override { return scalar(JsonScalar::Type::string, value); }
    bool binary(binary_t&) override { return true; }  // never produced by the JSON parser

    bool start_object(std::size_t) override { return open(false); }
    bool end_object() override { return close(false); }
    bool start_array(std::size_t) override { return open(true); }
    bool end_array() override { return close(true); }
    bool key(string_t& key) override {
        key_ = std::move(key);
        return true;
    }

    bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& error) override {
        error_ = error.what();
        return false;
    }

    const std::optional<std::string>& error() const { return error_; }
    bool too_deep() const { return too_deep_; }

private:
    template <typename Number>
    bool number(Number value) {
        char text[24];
        auto end = std::to_chars(text, text + sizeof text, value).ptr;
        return scalar(JsonScalar::Type::number, std::string_view(text, std::size_t(end - text)));
    }

    // The path to the value that starts now: the open containers' steps, and this value's own.
    void enter() {
        if (open_.empty()) return;
        if (depth_ == path_.size()) path_.emplace_back();
        JsonStep& step = path_[depth_++];
        step.element = open_.back();
        if (step.element)
            step.key.clear();
        else
            step.key.swap(key_);
    }
    JsonPath path() const { return JsonPath(path_.data(), depth_); }

    bool scalar(JsonScalar::Type type, std::string_view text) {
        enter();
        handler_.scalar(path(), JsonScalar{type, text}, chunks_.line());
        if (!open_.empty()) --depth_;
        return true;
    }
    bool open(bool array) {
        if (open_.size() >= max_depth) {
            too_deep_ = true;
            return false;
        }
        enter();
        handler_.open(path(), array, chunks_.line());
        open_.push_back(array);
        return true;
    }
    bool close(bool array) {
        open_.pop_back();
        handler_.close(path(), array);
        if (!open_.empty()) --depth_;
        return true;
    }

    JsonHandler& handler_;
    Chunks& chunks_;
    std::vector<JsonStep> path_;  // reused from value to value: path_[0, depth_) is the current path
    std::size_t depth_ = 0;
    std::vector<bool> open_;      // the open containers, outermost first: whether each is an array
    std::string key_;             // the key of the value about to start
    std::optional<std::string> error_;
    bool too_deep_ = false;
};

// nlohmann/json's message without its prefix, cut to a readable length: "[json.exception.parse_error.101] parse
// error at line 3, column 5: syntax error while parsing value - invalid literal; last read: 'tru]'" gives
// line 3, and "syntax error ... (column 5)".
InputError json_error(const std::string& file, std::uint64_t fallback_line, std::string_view what) {
    std::uint64_t line = fallback_line;
    std::string_view text = what;
    std::string column;
    constexpr std::string_view at_line = "at line ", at_column = ", column ";
    if (std::size_t l = what.find(at_line); l != std::string_view::npos) {
        std::string_view rest = what.substr(l + at_line.size());
        std::uint64_t number = 0;
        auto [end, error] = std::from_chars(rest.data(), rest.data() + rest.size(), number);
        if (error == std::errc() && number > 0) line = number;
        rest = rest.substr(std::size_t(end - rest.data()));
        if (rest.starts_with(at_column)) {
            rest.remove_prefix(at_column.size());
            std::size_t digits = rest.find_first_not_of("0123456789");
            column = std::string(rest.substr(0, digits));
            rest = digits == std::string_view::npos ? std::string_view() : rest.substr(digits);
        }
        if (rest.starts_with(": ")) text = rest.substr(2);
    } else if (std::size_t bracket = what.find("] "); what.starts_with("[json.exception") && bracket != std::string_view::npos) {
        text = what.substr(bracket + 2);
    }
    std::string message = fmt::format("JSON error: {}", text.substr(0, 200));
    if (text.size() > 200) message += "...";
    if (!column.empty()) message += fmt::format(" (column {})", column);
    return InputError(file, line, message);
}

}  // namespace

bool is_path(JsonPath path, std::initializer_list<std::string_view> keys) {
    if (path.size() != keys.size()) return false;
    const JsonStep* step = path.data();
    for (std::string_view key : keys) {
        if (key == "[]" ? !step->element : step->element || step->key != key) return false;
        ++step;
    }
    return true;
}

std::optional<std::uint64_t> json_count(std::string_view number) {
    std::uint64_t value = 0;
    auto [end, error] = std::from_chars(number.data(), number.data() + number.size(), value);
    if (error != std::errc() || end != number.data() + number.size() || number.empty()) return std::nullopt;
    return value;
}

void read_json_events(ByteSource& source, JsonHandler& handler) {
    Chunks chunks(source);
    if (chunks.at_end()) throw InputError(source.name(), 0, "the file is empty; expected a JSON document");
    Events events(handler, chunks);
    Json::sax_parse(ChunkIterator(chunks), ChunkIterator(), &events);
    if (events.too_deep())
        throw InputError(source.name(), chunks.line(),
                         fmt::format("JSON nested deeper than {} levels: not a USPTO response", max_depth));
    if (events.error()) throw json_error(source.name(), chunks.line(), *events.error());
}

}  // namespace patlap
