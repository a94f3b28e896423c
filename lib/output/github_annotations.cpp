#include "output/github_annotations.h"

#include "input/byte_source.h"

#include <algorithm>
#include <cerrno>
#include <stdexcept>

namespace patlap {
namespace {

void append_escaped(std::string& out, std::string_view text, bool property) {
    for (char c : text) {
        switch (c) {
            case '%': out += "%25"; break;
            case '\r': out += "%0D"; break;
            case '\n': out += "%0A"; break;
            case ':': out += property ? "%3A" : ":"; break;
            case ',': out += property ? "%2C" : ","; break;
            default: out += c;
        }
    }
}

std::size_t column_named(const Table& table, std::string_view name) {
    auto found = std::find_if(table.columns.begin(), table.columns.end(),
                              [&](const Column& column) { return column.name == name; });
    if (found == table.columns.end()) throw std::logic_error("GitHub annotations need a column " + std::string(name));
    return std::size_t(found - table.columns.begin());
}

}  // namespace

std::string escape_github_message(std::string_view text) {
    std::string out;
    append_escaped(out, text, false);
    return out;
}

std::string escape_github_property(std::string_view text) {
    std::string out;
    append_escaped(out, text, true);
    return out;
}

int write_github_annotations(std::FILE* out, const Table& findings) {
    const std::size_t severity = column_named(findings, "severity"), code = column_named(findings, "code"),
                      file = column_named(findings, "file"), line = column_named(findings, "line"),
                      message = column_named(findings, "message");
    Cells cells(findings.columns.size());
    std::string text;
    for (std::size_t row = 0; row < findings.row_count; ++row) {
        findings.fill_row(row, cells);
        text.assign(cells[severity] == "error" ? "::error" : "::warning");
        bool known_file = !cells[file].empty() && !cells[file].starts_with(standard_input_name);
        if (known_file) {
            text += " file=";
            append_escaped(text, cells[file], true);
            if (!cells[line].empty() && cells[line] != "0") {
                text += ",line=";
                append_escaped(text, cells[line], true);
            }
        }
        text += "::";
        append_escaped(text, cells[code], false);
        text += ": ";
        append_escaped(text, cells[message], false);
        text += '\n';
        if (std::fwrite(text.data(), 1, text.size(), out) != text.size()) return errno ? errno : EIO;
    }
    return std::fflush(out) == 0 ? 0 : errno;
}

}  // namespace patlap
