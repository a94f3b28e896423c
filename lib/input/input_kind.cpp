#include "input/input_kind.h"

#include "base/text.h"
#include "input/load_options.h"
#include "input/snapshot_reader.h"
#include "input/zip_archive.h"

#include <algorithm>
#include <string>
#include <vector>

namespace patlap {
namespace {

// The names in the first line, split at the delimiter, blanks and quotes trimmed, lower-cased.
std::vector<std::string> header_names(std::string_view head, char delimiter) {
    std::vector<std::string> names;
    std::string_view line = head.substr(0, head.find_first_of("\r\n"));
    while (!line.empty()) {
        std::size_t end = line.find(delimiter);
        std::string_view field = trim_blanks(line.substr(0, end));
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"') field = field.substr(1, field.size() - 2);
        names.push_back(ascii_lower(trim_blanks(field)));
        if (end == std::string_view::npos) break;
        line.remove_prefix(end + 1);
    }
    return names;
}

std::string_view without_bom(std::string_view head) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    return head;
}

}  // namespace

InputKind input_kind_of(std::string_view head, char delimiter) {
    if (is_snapshot(head)) return InputKind::snapshot;
    if (is_zip_archive(head)) return InputKind::zip_archive;
    head = without_bom(head);
    std::size_t start = head.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && head[start] == '<') return InputKind::uspto_xml;
    if (start != std::string_view::npos && (head[start] == '{' || head[start] == '[')) return InputKind::uspto_json;
    std::vector<std::string> names = header_names(head, delimiter);
    if (std::find(names.begin(), names.end(), "rf_id") != names.end()) return InputKind::pad_table;
    return InputKind::transfer_csv;
}

bool names_transfer_columns(std::string_view head, char delimiter) {
    std::vector<std::string> names = header_names(without_bom(head), delimiter);
    return std::all_of(std::begin(required_columns), std::end(required_columns), [&](const char* column) {
        return std::find(names.begin(), names.end(), column) != names.end();
    });
}

}  // namespace patlap
