#include "input/patent_list.h"

#include "input/byte_source.h"
#include "base/errors.h"
#include "base/text.h"
#include "base/utf8.h"


namespace patlap {

std::vector<std::string> read_patent_list(const std::string& path) {
    ByteSource source(path);
    std::string text;
    char buffer[1 << 16];
    while (std::size_t n = source.read(buffer, sizeof buffer)) text.append(buffer, n);
    std::string_view rest = text;
    if (rest.starts_with("\xEF\xBB\xBF")) rest.remove_prefix(3);
    std::vector<std::string> patents;
    for (std::uint64_t line = 1; !rest.empty(); ++line) {
        std::size_t end = rest.find('\n');
        std::string_view content = rest.substr(0, end);
        rest.remove_prefix(end == std::string_view::npos ? rest.size() : end + 1);
        auto first = content.find_first_not_of(" \t\r");
        if (first == std::string_view::npos || content[first] == '#') continue;
        content = content.substr(first, content.find_last_not_of(" \t\r") + 1 - first);
        if (std::size_t bad = find_invalid_utf8(content); bad != std::string_view::npos)
            throw InputError(source.name(), line, describe_invalid_utf8(content, bad));
        if (!looks_like_text(content))
            throw InputError(source.name(), line, "not a list of patents: a control character (binary data?)");
        patents.emplace_back(content);
    }
    return patents;
}

}  // namespace patlap
