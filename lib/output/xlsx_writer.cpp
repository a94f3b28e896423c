#include "output/xlsx_writer.h"

#include "base/errors.h"
#include "base/utf8.h"
#include "output/cell_format.h"

#include <cerrno>
#include <charconv>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fmt/format.h>
#include <unistd.h>
#include <xlsxwriter.h>

namespace patlap {
namespace {

// libxlsxwriter writes a workbook to a named file only (no stream), and assembles it as it closes. It is made in
// a scratch file, then copied to `out`, which may be standard output, a FIFO or a gzip stream.
class ScratchFile {
public:
    ScratchFile() : path_((std::filesystem::temp_directory_path() / "patlap-xlsx-XXXXXX").string()) {
        int fd = mkstemp(path_.data());
        if (fd < 0) throw OutputError(std::string("cannot make a scratch file for the xlsx: ") + std::strerror(errno));
        close(fd);
    }
    ~ScratchFile() { unlink(path_.c_str()); }
    const std::string& path() const { return path_; }

private:
    std::string path_;
};

int copy_file(const std::string& path, std::FILE* out) {
    std::FILE* in = std::fopen(path.c_str(), "rb");
    if (!in) throw OutputError(std::string("cannot read back the xlsx: ") + std::strerror(errno));
    char buffer[1 << 16];
    int error = 0;
    while (std::size_t n = std::fread(buffer, 1, sizeof buffer, in))
        if (std::fwrite(buffer, 1, n, out) != n) {
            error = errno ? errno : EIO;
            break;
        }
    std::fclose(in);
    return error;
}

// As the text writers read a number: digits, with a minus sign and a fraction where there are, and no leading zero
// (an identifier such as 007 stays text).
bool read_number(std::string_view s, double& value) {
    std::string_view digits = s.starts_with('-') ? s.substr(1) : s;
    if (digits.empty() || digits[0] < '0' || digits[0] > '9') return false;
    if (digits.size() > 1 && digits[0] == '0' && digits[1] != '.') return false;
    auto [end, error] = std::from_chars(s.data(), s.data() + s.size(), value, std::chars_format::fixed);
    return error == std::errc() && end == s.data() + s.size() && std::isfinite(value);
}

class SheetWriter {
public:
    SheetWriter(const std::string& path, const Table& table) : table_(table) {
        lxw_workbook_options options{};
        options.constant_memory = 1;  // each row goes to disk as it is written: reports of a million rows
        workbook_ = workbook_new_opt(path.c_str(), &options);
        if (!workbook_) throw OutputError("cannot start the xlsx workbook (libxlsxwriter)");
        sheet_ = workbook_add_worksheet(workbook_, nullptr);
        bold_ = workbook_add_format(workbook_);
        format_set_bold(bold_);
    }
    ~SheetWriter() {
        if (workbook_) workbook_close(workbook_);
    }

    void header(lxw_row_t row) {
        for (std::size_t c = 0; c < table_.columns.size(); ++c) string(row, c, table_.columns[c].name, bold_);
        worksheet_freeze_panes(sheet_, 1, 0);
    }

    void cells(lxw_row_t row, const Cells& cells) {
        for (std::size_t c = 0; c < cells.size(); ++c) {
            double value = 0;
            CellType type = table_.columns[c].type;
            if (type != CellType::text && read_number(cells[c], value)) number(row, c, value);
            else string(row, c, cells[c]);
        }
    }

    void values(lxw_row_t row, const CellValues& values) {
        for (std::size_t c = 0; c < values.size(); ++c) {
            const CellValue& v = values[c];
            switch (v.kind) {
                case CellValue::Kind::text: string(row, c, v.text); break;
                case CellValue::Kind::integer: number(row, c, double(v.number)); break;
                case CellValue::Kind::ratio:
                    number(row, c, v.denominator ? double(v.number) / double(v.denominator) : 0.0);
                    break;
                case CellValue::Kind::date:
                    put_date(text_, Date(v.number));
                    string(row, c, text_);
                    break;
            }
        }
    }

    void close() {
        lxw_error error = workbook_close(workbook_);
        workbook_ = nullptr;
        if (error != LXW_NO_ERROR) throw OutputError(std::string("cannot write the xlsx: ") + lxw_strerror(error));
    }

private:
    void check(lxw_error error, lxw_row_t row, std::size_t column) {
        if (error == LXW_NO_ERROR) return;
        throw OutputError(fmt::format("cannot write the xlsx at row {}, column {}: {}", row + 1,
                                      table_.columns[column].name, lxw_strerror(error)));
    }

    void number(lxw_row_t row, std::size_t column, double value) {
        check(worksheet_write_number(sheet_, row, lxw_col_t(column), value, nullptr), row, column);
    }

    // An empty cell is left blank. libxlsxwriter takes C strings, and writes them as given: the XML of a sheet
    // must be UTF-8.
    void string(lxw_row_t row, std::size_t column, std::string_view text, lxw_format* format = nullptr) {
        if (text.empty()) return;
        valid_.clear();
        for (std::size_t i = 0; i < text.size();) {
            std::size_t length = utf8_sequence_length(text, i);
            if (length == 0) {
                valid_ += "\xEF\xBF\xBD";
                ++i;
            } else {
                valid_.append(text, i, length);
                i += length;
            }
        }
        check(worksheet_write_string(sheet_, row, lxw_col_t(column), valid_.c_str(), format), row, column);
    }

    const Table& table_;
    lxw_workbook* workbook_ = nullptr;
    lxw_worksheet* sheet_ = nullptr;
    lxw_format* bold_ = nullptr;
    std::string text_, valid_;
};

}  // namespace

int write_xlsx(std::FILE* out, const Table& table, bool header) {
    std::size_t rows = table.row_count + (header ? 1 : 0);
    if (rows > LXW_ROW_MAX)
        throw OutputError(fmt::format("the report has {} rows, and an xlsx sheet holds {}: write csv instead, or "
                                      "narrow the report down",
                                      rows, LXW_ROW_MAX));
    if (table.columns.size() > LXW_COL_MAX)
        throw OutputError(fmt::format("the report has {} columns, and an xlsx sheet holds {}", table.columns.size(),
                                      LXW_COL_MAX));
    ScratchFile scratch;
    {
        SheetWriter sheet(scratch.path(), table);
        lxw_row_t row = 0;
        if (header) sheet.header(row++);
        Cells cells(table.columns.size());
        CellValues values(table.columns.size());
        for (std::size_t r = 0; r < table.row_count; ++r, ++row) {
            if (table.fill_row) {
                table.fill_row(r, cells);
                sheet.cells(row, cells);
            } else {
                table.fill_values(r, values);
                sheet.values(row, values);
            }
        }
        sheet.close();
    }
    return copy_file(scratch.path(), out);
}

}  // namespace patlap
