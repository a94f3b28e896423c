#include "output/output_format.h"

#include "base/ordered_slots.h"
#include "base/utf8.h"
#include "base/worker.h"
#include "output/cell_format.h"

#include <algorithm>
#include <clocale>
#include <cwchar>
#include <locale.h>
#include <array>
#include <cstring>
#include <cerrno>
#include <functional>
#include <memory>
#include <fmt/format.h>

namespace patlap {
namespace {

// Collects output and hands it to the stream in large pieces.
class Sink {
public:
    explicit Sink(std::FILE* out) : out_(out) { text_.reserve(1 << 16); }
    ~Sink() { flush(); }
    std::string& text() { return text_; }
    void maybe_flush() {
        if (text_.size() >= (1 << 16)) flush();
    }
    void write(const std::string& text) {
        flush();
        put(text);
    }
    void flush() {
        put(text_);
        text_.clear();
    }
    bool failed() const { return error_ != 0; }
    // 0, or the errno of the first failed write.
    int finish() {
        flush();
        if (!error_ && std::fflush(out_) != 0) error_ = errno;
        return error_;
    }

private:
    void put(const std::string& text) {
        if (text.empty() || error_) return;
        if (std::fwrite(text.data(), 1, text.size(), out_) != text.size()) error_ = errno ? errno : EIO;
    }

    std::FILE* out_;
    std::string text_;
    int error_ = 0;
};

bool is_numeric(CellType type) { return type == CellType::integer || type == CellType::decimal; }

// A JSON number: -?digits(.digits)? with no leading zeros (what the reports write).
bool reads_as_number(std::string_view s) {
    std::size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
    std::size_t digits = i;
    while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
    if (i == digits || (s[digits] == '0' && i - digits > 1)) return false;
    if (i < s.size() && s[i] == '.') {
        std::size_t fraction = ++i;
        while (i < s.size() && s[i] >= '0' && s[i] <= '9') ++i;
        if (i == fraction) return false;
    }
    return i == s.size();
}

bool needs_csv_quotes(std::string_view cell) {
    for (char c : cell)
        if (c == ',' || c == '"' || c == '\r' || c == '\n') return true;
    return false;
}

// The cell writers below write through a pointer into room already made for the longest the cell can become
// (csv_cell_room): for reports of millions of rows a string append for each cell and separator cost more than
// all the rest of the writing.
std::size_t csv_cell_room(std::string_view cell) { return 2 * cell.size() + 3; }

// `guard`: start the cell's text with an apostrophe (inside the quotes, when the cell needs them).
char* put_csv_cell(char* out, std::string_view cell, bool guard) {
    bool quoted = needs_csv_quotes(cell);
    if (quoted) *out++ = '"';
    if (guard) *out++ = '\'';
    if (!quoted) {
        std::memcpy(out, cell.data(), cell.size());
        return out + cell.size();
    }
    for (char c : cell) {
        if (c == '"') *out++ = '"';
        *out++ = c;
    }
    *out++ = '"';
    return out;
}

char* put_tsv_cell(char* out, std::string_view cell, bool guard) {
    if (guard) *out++ = '\'';
    for (char c : cell) {
        char escaped = c == '\t' ? 't' : c == '\n' ? 'n' : c == '\r' ? 'r' : c == '\\' ? '\\' : 0;
        if (escaped) {
            *out++ = '\\';
            *out++ = escaped;
        } else {
            *out++ = c;
        }
    }
    return out;
}

}  // namespace

void append_json_string(std::string& out, std::string_view s) {
    out += '"';
    for (std::size_t i = 0; i < s.size();) {
        auto c = static_cast<unsigned char>(s[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
            ++i;
        } else if (c < 0x20) {
            switch (c) {
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default: fmt::format_to(std::back_inserter(out), "\\u{:04x}", c);
            }
            ++i;
        } else if (c < 0x80) {
            out += char(c);
            ++i;
        } else if (std::size_t length = utf8_sequence_length(s, i)) {
            out.append(s.substr(i, length));
            i += length;
        } else {
            out += "\\ufffd";  // not UTF-8: JSON must be
            ++i;
        }
    }
    out += '"';
}

namespace {

// A cell as JSON: null for an empty number or an empty cell of an empty_is_null column, an array of strings for a
// list column, a number where the column's type says so, else a string.
void append_json_cell(std::string& out, const Column& column, std::string_view cell) {
    if (cell.empty() && (column.empty_is_null || is_numeric(column.type))) {
        out += "null";
    } else if (!column.list_separator.empty()) {
        out += '[';
        for (std::size_t start = 0; start < cell.size();) {
            std::size_t end = std::min(cell.find(column.list_separator, start), cell.size());
            if (start) out += ',';
            append_json_string(out, cell.substr(start, end - start));
            start = end + column.list_separator.size();
        }
        out += ']';
    } else if (is_numeric(column.type) || (column.type == CellType::number_or_text && reads_as_number(cell))) {
        out += cell;
    } else {
        append_json_string(out, cell);
    }
}

void append_json_object(std::string& out, const Table& table, const Cells& cells) {
    out += '{';
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (i) out += ',';
        append_json_string(out, table.columns[i].name);
        out += ':';
        append_json_cell(out, table.columns[i], cells[i]);
    }
    out += '}';
}

// The columns a cell takes on a terminal, by wcwidth() in a UTF-8 locale: two for the wide characters of
// Chinese, Japanese and Korean, none for combining marks, one for the rest (and for a byte that is not UTF-8).
class ScreenWidth {
public:
    ScreenWidth() : utf8_(newlocale(LC_CTYPE_MASK, "C.UTF-8", locale_t(0))) {
        if (utf8_) previous_ = uselocale(utf8_);
    }
    ~ScreenWidth() {
        if (utf8_) {
            uselocale(previous_);
            freelocale(utf8_);
        }
    }
    ScreenWidth(const ScreenWidth&) = delete;
    ScreenWidth& operator=(const ScreenWidth&) = delete;

    std::size_t of(std::string_view s) const {
        std::size_t width = 0;
        for (std::size_t i = 0; i < s.size();) {
            auto c = static_cast<unsigned char>(s[i]);
            if (c < 0x80) {
                ++width;
                ++i;
                continue;
            }
            std::mbstate_t state{};
            wchar_t wide = 0;
            std::size_t n = utf8_ ? std::mbrtowc(&wide, s.data() + i, s.size() - i, &state) : std::size_t(-1);
            if (n == std::size_t(-1) || n == std::size_t(-2) || n == 0) {
                ++width;
                ++i;
                continue;
            }
            int w = wcwidth(wide);
            width += w < 0 ? 1 : std::size_t(w);
            i += n;
        }
        return width;
    }

    // The longest start of s that takes at most `width` columns, whole characters.
    std::string_view cut(std::string_view s, std::size_t width) const {
        std::size_t used = 0, i = 0;
        while (i < s.size()) {
            std::size_t n = 1;
            if (static_cast<unsigned char>(s[i]) >= 0x80)
                while (i + n < s.size() && (static_cast<unsigned char>(s[i + n]) & 0xC0) == 0x80) ++n;
            std::size_t w = of(s.substr(i, n));
            if (used + w > width) break;
            used += w;
            i += n;
        }
        return s.substr(0, i);
    }

private:
    locale_t utf8_;
    locale_t previous_ = LC_GLOBAL_LOCALE;
};

// A cell as a table shows it: tabs and line breaks written as \t, \n and \r, so that a row stays one line.
const std::string& shown(std::string_view cell, std::string& scratch) {
    scratch.clear();
    for (char c : cell) {
        switch (c) {
            case '\t': scratch += "\\t"; break;
            case '\n': scratch += "\\n"; break;
            case '\r': scratch += "\\r"; break;
            default: scratch += c;
        }
    }
    return scratch;
}

// How an aligned table fits its width: each column's width, and the columns left out.
struct TableLayout {
    std::vector<std::size_t> widths;
    std::vector<char> shown;  // per column: 0 when left out (empty on every row, or hidden to fit)
    std::vector<std::string> hidden;  // the columns hidden to fit, for the note
};

// Columns empty on every row are left out. Then, while the table is wider than `limit`, free-text columns are
// shortened to one level (the widest first, so that one long party name does not squeeze the others), each down
// to its header's width at most (and at least 6); then columns are hidden, from the right, sparing the first
// (what the rows are about).
TableLayout fit_layout(const Table& table, std::vector<std::size_t> widths, const std::vector<char>& any_text,
                       std::size_t limit, const ScreenWidth& screen) {
    TableLayout layout{std::move(widths), any_text, {}};
    const std::size_t n = layout.widths.size();
    auto total_of = [&](const std::vector<std::size_t>& w) {
        std::size_t sum = 0, columns = 0;
        for (std::size_t i = 0; i < n; ++i)
            if (layout.shown[i]) sum += w[i], ++columns;
        return sum + (columns ? 2 * (columns - 1) : 0);
    };
    auto total = [&] { return total_of(layout.widths); };
    if (limit == 0 || total() <= limit) return layout;
    std::vector<char> shrinks(n, 0);
    std::vector<std::size_t> floor(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        shrinks[i] = layout.shown[i] && table.columns[i].free_text;
        floor[i] = std::min(layout.widths[i], std::max<std::size_t>(6, screen.of(table.columns[i].name)));
    }
    auto at_level = [&](std::size_t level) {
        std::vector<std::size_t> w = layout.widths;
        for (std::size_t i = 0; i < n; ++i)
            if (shrinks[i]) w[i] = std::max(floor[i], std::min(w[i], level));
        return w;
    };
    // The highest level at which the table fits (or 0, every free-text column at its floor).
    std::size_t low = 0, high = *std::max_element(layout.widths.begin(), layout.widths.end());
    while (low < high) {
        std::size_t mid = low + (high - low + 1) / 2;
        if (total_of(at_level(mid)) <= limit) low = mid;
        else high = mid - 1;
    }
    std::vector<std::size_t> fitted = at_level(low);
    // The columns cut to the level share what room is left, a column each from the left.
    std::size_t room = limit > total_of(fitted) ? limit - total_of(fitted) : 0;
    for (std::size_t i = 0; i < n && room > 0 && low > 0; ++i)
        if (shrinks[i] && fitted[i] == low && layout.widths[i] > low) ++fitted[i], --room;
    layout.widths = std::move(fitted);
    for (std::size_t i = n; total() > limit && i-- > 1;) {
        if (!layout.shown[i]) continue;
        layout.shown[i] = 0;
        layout.hidden.insert(layout.hidden.begin(), table.columns[i].name);
    }
    return layout;
}

// Each row is made twice (once to measure the columns, once to write them), so an aligned table is for what a
// person reads at a terminal; reports of millions of rows go to CSV or JSON.
void write_aligned(Sink& sink, const Table& table, const WriteOptions& options) {
    const ScreenWidth screen;
    std::size_t n = table.columns.size();
    Cells cells(n);
    std::string scratch;
    std::vector<std::size_t> widths(n, 0);
    std::vector<char> any_text(n, table.row_count == 0 ? 1 : 0);  // a table of no rows shows its header whole
    for (std::size_t row = 0; row < table.row_count; ++row) {
        table.fill_row(row, cells);
        for (std::size_t i = 0; i < n; ++i) {
            if (cells[i].empty()) continue;
            any_text[i] = 1;
            widths[i] = std::max(widths[i], screen.of(shown(cells[i], scratch)));
        }
    }
    if (options.header)
        for (std::size_t i = 0; i < n; ++i) widths[i] = std::max(widths[i], screen.of(table.columns[i].name));
    TableLayout layout = fit_layout(table, widths, any_text, options.width, screen);
    if (options.hidden_columns) *options.hidden_columns = layout.hidden;
    std::size_t last = n;
    for (std::size_t i = 0; i < n; ++i)
        if (layout.shown[i]) last = i;
    auto emit = [&](const Cells& line) {
        std::string& out = sink.text();
        for (std::size_t i = 0; i < n; ++i) {
            if (!layout.shown[i]) continue;
            std::string_view cell = shown(line[i], scratch);
            std::size_t width = screen.of(cell);
            bool cut = width > layout.widths[i];
            if (cut) {
                cell = screen.cut(cell, layout.widths[i] - 1);
                width = screen.of(cell) + 1;
            }
            std::size_t pad = layout.widths[i] - width;
            if (is_numeric(table.columns[i].type)) out.append(pad, ' ');
            out += cell;
            if (cut) out += "\xE2\x80\xA6";  // …
            if (i == last) break;
            if (!is_numeric(table.columns[i].type)) out.append(pad, ' ');
            out += "  ";
        }
        out += '\n';
        sink.maybe_flush();
    };
    if (options.header) {
        Cells names(n);
        for (std::size_t i = 0; i < n; ++i) names[i] = table.columns[i].name;
        emit(names);
    }
    for (std::size_t row = 0; row < table.row_count && !sink.failed(); ++row) {
        table.fill_row(row, cells);
        emit(cells);
    }
}

// A formatting thread's room for one row's cells, as text or as values.
struct RowScratch {
    Cells cells;
    CellValues values;
    explicit RowScratch(std::size_t columns) : cells(columns), values(columns) {}
};
// Appends one row's text to `out`.
using RowFormatter = std::function<void(std::size_t row, RowScratch& scratch, std::string& out)>;

// Formats the rows in chunks on worker threads, a few chunks ahead, while this thread writes the finished chunks
// in order: for reports of millions of rows formatting costs more than writing, and writing (a system call per
// chunk) then overlaps with it instead of leaving the workers waiting.
void write_rows(Sink& sink, const Table& table, unsigned threads, const RowFormatter& format_row) {
    constexpr std::size_t chunk = 16384;
    const std::size_t rows = table.row_count, columns = table.columns.size();
    constexpr std::size_t lookahead = 8;
    auto format_chunk = [&](std::size_t first, std::string& out, RowScratch& scratch) {
        std::size_t last = std::min(rows, first + chunk);
        if (table.prefetch_row)
            for (std::size_t row = first; row < std::min(last, first + lookahead); ++row) table.prefetch_row(row);
        for (std::size_t row = first; row < last; ++row) {
            if (table.prefetch_row && row + lookahead < last) table.prefetch_row(row + lookahead);
            format_row(row, scratch, out);
        }
    };
    if (rows <= chunk || threads < 2) {
        RowScratch scratch(columns);
        for (std::size_t first = 0; first < rows && !sink.failed(); first += chunk) {
            format_chunk(first, sink.text(), scratch);
            sink.flush();
        }
        return;
    }

    const unsigned workers = std::min(threads, 8u);
    // Up to this many chunks formatted or being formatted ahead of the writer. Each buffer sits on a cache line
    // of its own: two strings side by side on one line would have the threads fighting over it on every append.
    struct alignas(64) Buffer {
        std::string text;
    };
    std::vector<Buffer> buffers(2 * workers);
    OrderedSlots order((rows + chunk - 1) / chunk, buffers.size());
    auto format_chunks = [&] {
        try {
            RowScratch scratch(columns);
            while (auto c = order.claim()) {
                std::string& text = buffers[order.slot_of(*c)].text;
                text.clear();
                format_chunk(*c * chunk, text, scratch);
                order.done(*c);
            }
        } catch (...) {
            order.stop();  // the writer stops waiting; the join below reports what went wrong
            throw;
        }
    };
    std::vector<std::unique_ptr<Worker>> formatters;
    for (unsigned w = 0; w < workers; ++w) formatters.push_back(std::make_unique<Worker>(format_chunks));
    for (std::size_t c = 0; c * chunk < rows; ++c) {
        if (!order.wait(c)) break;
        sink.write(buffers[order.slot_of(c)].text);
        order.release(c);
        if (sink.failed()) {  // a closed pipe or a full disk: the rest would be formatted for nothing
            order.stop();
            break;
        }
    }
    for (auto& formatter : formatters) formatter->join();
}

void write_delimited(Sink& sink, const Table& table, const WriteOptions& options) {
    bool tsv = options.format == OutputFormat::tsv;
    std::vector<char> numeric(table.columns.size(), 0);
    // A cell of a number_or_text column is text unless it reads as a number.
    auto guard = [&](std::size_t column, std::string_view cell) {
        return options.excel_safe && !numeric[column] && starts_like_formula(cell) &&
               !(table.columns[column].type == CellType::number_or_text && reads_as_number(cell));
    };
    // A text cell as it goes into the line (in numeric columns, digits and a point never need quotes).
    auto put_text = [&](char* p, std::size_t column, std::string_view cell) {
        if (tsv) return put_tsv_cell(p, cell, guard(column, cell));
        if (!numeric[column]) return put_csv_cell(p, cell, guard(column, cell));
        std::memcpy(p, cell.data(), cell.size());
        return p + cell.size();
    };
    // Appends a line of `count` cells, written by put(p, i) at p, into room for `room` bytes of cells.
    auto append_line = [&](std::string& out, std::size_t count, std::size_t room, auto put) {
        std::size_t start = out.size();
        out.resize(start + room + count);  // and the separators and the line end
        char* p = out.data() + start;
        for (std::size_t i = 0; i < count; ++i) {
            if (i) *p++ = tsv ? '\t' : ',';
            p = put(p, i);
        }
        *p++ = '\n';
        out.resize(std::size_t(p - out.data()));
    };
    auto append = [&](const Cells& line, std::string& out) {
        std::size_t room = 0;
        for (const std::string& cell : line) room += csv_cell_room(cell);
        append_line(out, line.size(), room, [&](char* p, std::size_t i) { return put_text(p, i, line[i]); });
    };
    if (options.header) {
        Cells names(table.columns.size());
        for (std::size_t i = 0; i < names.size(); ++i) names[i] = table.columns[i].name;
        append(names, sink.text());
    }
    for (std::size_t i = 0; i < numeric.size(); ++i) numeric[i] = is_numeric(table.columns[i].type);
    // A table of values is written from the values, each straight into the line.
    auto append_values = [&](const CellValues& line, std::string& out) {
        std::size_t room = 0;
        for (const CellValue& value : line)
            room += value.kind == CellValue::Kind::text ? csv_cell_room(value.text) : max_number_text;
        append_line(out, line.size(), room, [&](char* p, std::size_t i) {
            const CellValue& value = line[i];
            switch (value.kind) {
                case CellValue::Kind::text: return put_text(p, i, value.text);
                case CellValue::Kind::integer: return write_integer(p, value.number);
                case CellValue::Kind::date: return write_date(p, Date(value.number));
                case CellValue::Kind::ratio: return write_ratio(p, value.number, value.denominator);
            }
            return p;
        });
    };
    write_rows(sink, table, options.threads, [&](std::size_t row, RowScratch& scratch, std::string& out) {
        if (table.fill_row) {
            table.fill_row(row, scratch.cells);
            append(scratch.cells, out);
        } else {
            table.fill_values(row, scratch.values);
            append_values(scratch.values, out);
        }
    });
}

void write_json(Sink& sink, const Table& table, bool lines, unsigned threads) {
    if (!lines) sink.text() += table.row_count == 0 ? "[" : "[\n";
    write_rows(sink, table, threads, [&](std::size_t row, RowScratch& scratch, std::string& out) {
        table.fill_row(row, scratch.cells);
        append_json_object(out, table, scratch.cells);
        if (!lines && row + 1 < table.row_count) out += ',';
        out += '\n';
    });
    if (!lines) sink.text() += "]\n";
}

// A key/value table as one object: in JSON a key a line, in JSON Lines all on one line.
void write_json_object(Sink& sink, const Table& table, bool lines) {
    std::string& out = sink.text();
    Cells cells(2);
    out += lines || table.row_count == 0 ? "{" : "{\n";
    for (std::size_t row = 0; row < table.row_count; ++row) {
        table.fill_row(row, cells);
        append_json_string(out, cells[0]);
        out += ':';
        append_json_cell(out, table.columns[1], cells[1]);
        if (row + 1 < table.row_count) out += ',';
        if (!lines) out += '\n';
        sink.maybe_flush();
    }
    out += "}\n";
}

}  // namespace

std::optional<OutputFormat> parse_output_format(std::string_view name) {
    if (name == "table") return OutputFormat::table;
    if (name == "csv") return OutputFormat::csv;
    if (name == "tsv") return OutputFormat::tsv;
    if (name == "json") return OutputFormat::json;
    if (name == "jsonl") return OutputFormat::jsonl;
    return std::nullopt;
}

bool starts_like_formula(std::string_view cell) {
    if (cell.empty()) return false;
    switch (cell.front()) {
        case '=':
        case '+':
        case '-':
        case '@':
        case '\t':
        case '\r': return true;
        default: return false;
    }
}

int write_table(std::FILE* out, const Table& given, const WriteOptions& options) {
    // The writers other than CSV and TSV take a table of values as text.
    Table table = given;
    if (!table.fill_row && table.fill_values && options.format != OutputFormat::csv &&
        options.format != OutputFormat::tsv)
        table.fill_row = [&given](std::size_t row, Cells& cells) {
            thread_local CellValues values;  // rows are made on several threads
            values.resize(cells.size());
            given.fill_values(row, values);
            for (std::size_t i = 0; i < cells.size(); ++i) put_value(cells[i], values[i]);
        };
    Sink sink(out);
    switch (options.format) {
        case OutputFormat::table: write_aligned(sink, table, options); break;
        case OutputFormat::csv:
        case OutputFormat::tsv: write_delimited(sink, table, options); break;
        case OutputFormat::json:
        case OutputFormat::jsonl: {
            bool lines = options.format == OutputFormat::jsonl;
            if (table.as_object) write_json_object(sink, table, lines);
            else write_json(sink, table, lines, options.threads);
            break;
        }
    }
    return sink.finish();
}

}  // namespace patlap
