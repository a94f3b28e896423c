#include "input/input_kind.h"

#include "base/text.h"

namespace patlap {

InputKind input_kind_of(std::string_view head, char delimiter) {
    if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
    std::size_t start = head.find_first_not_of(" \t\r\n");
    if (start != std::string_view::npos && head[start] == '<') return InputKind::uspto_xml;
    std::string_view line = head.substr(0, head.find_first_of("\r\n"));
    while (!line.empty()) {
        std::size_t end = line.find(delimiter);
        std::string_view field = trim_blanks(line.substr(0, end));
        if (field.size() >= 2 && field.front() == '"' && field.back() == '"') field = field.substr(1, field.size() - 2);
        if (ascii_lower(trim_blanks(field)) == "rf_id") return InputKind::pad_table;
        if (end == std::string_view::npos) break;
        line.remove_prefix(end + 1);
    }
    return InputKind::transfer_csv;
}

}  // namespace patlap
