#pragma once
// What the -o file's name says: its extension picks the format when --format does not, and a .gz on top
// compresses it. Worked out before the input is loaded, so that a name patlap cannot honour (or a folder that is
// not there) stops the run at once rather than after a long load.
#include <span>
#include <string>
#include <string_view>

namespace patlap {

// An extension a command writes (without the dot), and the format it stands for, as --format names it.
struct FormatExtension {
    std::string_view extension;
    std::string_view format;
};

// The extensions of the table reports (csv, tsv, json, jsonl, xlsx) and of `patlap graph`.
std::span<const FormatExtension> table_extensions();
std::span<const FormatExtension> graph_extensions();

struct OutputTarget {
    std::string path;    // empty: standard output
    std::string format;  // empty when neither --format nor the extension names one: the command's default applies
    bool gzip = false;
};

// `format`: what --format (or a shorthand) asked for, or "". `path`: -o's value ("" or "-": standard output). A
// name with no extension (report, /dev/null) takes `format`; the extension is compared without regard to case.
// Throws UsageError when the extension is not one of `accepted` (with or without .gz), or names another format
// than `format`; throws OutputError when the file cannot be created where it is asked for (no such folder).
OutputTarget plan_output(std::string_view format, const std::string& path, std::span<const FormatExtension> accepted);

// Throws OutputError unless a file can be made at `path` (a temporary file beside it, then renamed): its folder
// must exist and be writable, and it must not be a folder. A name that exists already is left to OutputFile, which
// follows links and writes devices as they are.
void check_output_folder(const std::string& path);

}  // namespace patlap
