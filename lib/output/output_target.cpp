#include "output/output_target.h"

#include "base/errors.h"
#include "base/text.h"

#include <fmt/format.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cerrno>
#include <cstring>

namespace patlap {
namespace {

constexpr FormatExtension table_list[] = {
    {"csv", "csv"}, {"tsv", "tsv"}, {"json", "json"}, {"jsonl", "jsonl"}, {"xlsx", "xlsx"},
};
constexpr FormatExtension graph_list[] = {
    {"dot", "dot"}, {"gv", "dot"}, {"graphml", "graphml"}, {"json", "json"}, {"svg", "svg"}, {"png", "png"},
};

// The extension of the file's name, lower-cased: what follows its last dot, unless that dot starts the name
// (.profile has none).
std::string extension_of(std::string_view name) {
    std::size_t dot = name.rfind('.');
    return dot == std::string_view::npos || dot == 0 ? std::string() : ascii_lower(name.substr(dot + 1));
}

std::string extension_list(std::span<const FormatExtension> accepted) {
    std::string list;
    for (std::size_t i = 0; i < accepted.size(); ++i)
        list += fmt::format("{}.{}", i == 0 ? "" : i + 1 == accepted.size() ? " or " : ", ", accepted[i].extension);
    return list;
}

}  // namespace

void check_output_folder(const std::string& path) {
    struct stat info {};
    if (lstat(path.c_str(), &info) == 0) {
        if (stat(path.c_str(), &info) == 0 && S_ISDIR(info.st_mode))
            throw OutputError(path, "cannot write: it is a directory");
        return;
    }
    std::size_t slash = path.rfind('/');
    std::string folder = slash == std::string::npos ? "." : slash == 0 ? "/" : path.substr(0, slash);
    if (stat(folder.c_str(), &info) != 0)
        throw OutputError(path, errno == ENOENT ? fmt::format("cannot write: there is no folder {}", folder)
                                                : fmt::format("cannot write in {}: {}", folder, std::strerror(errno)));
    if (!S_ISDIR(info.st_mode)) throw OutputError(path, fmt::format("cannot write: {} is not a folder", folder));
    if (access(folder.c_str(), W_OK | X_OK) != 0)
        throw OutputError(path, fmt::format("cannot write in the folder {}: {}", folder, std::strerror(errno)));
}

std::span<const FormatExtension> table_extensions() { return table_list; }
std::span<const FormatExtension> graph_extensions() { return graph_list; }

OutputTarget plan_output(std::string_view format, const std::string& path, std::span<const FormatExtension> accepted) {
    OutputTarget target;
    target.format = format;
    if (path.empty() || path == "-") return target;
    target.path = path;

    std::string_view name = path;
    if (std::size_t slash = name.rfind('/'); slash != std::string_view::npos) name.remove_prefix(slash + 1);
    if (extension_of(name) == "gz") {
        target.gzip = true;
        name.remove_suffix(3);
    }
    std::string extension = extension_of(name);
    if (!extension.empty()) {
        const FormatExtension* named = nullptr;
        for (const FormatExtension& entry : accepted)
            if (entry.extension == extension && !named) named = &entry;
        if (!named)
            throw UsageError(
                fmt::format("-o {}: this command writes {} files (with .gz on top to compress them, as "
                            "in .{}.gz), or a name without an extension; not .{}",
                            path, extension_list(accepted), accepted.front().extension, extension));
        if (!format.empty() && format != named->format)
            throw UsageError(
                fmt::format("--format {} and -o {} disagree: .{} is {}. Leave out one of them, or make "
                            "them agree",
                            format, path, extension, named->format));
        target.format = named->format;
    }
    check_output_folder(path);
    return target;
}

}  // namespace patlap
