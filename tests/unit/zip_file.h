#pragma once
// Test helper: zip archives made in memory with libarchive's writer, members given as (name, contents); a name
// ending in "/" is a directory entry.
#include <archive.h>
#include <archive_entry.h>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

inline std::string zip_of(const std::vector<std::pair<std::string, std::string>>& members, bool deflate = true) {
    std::string bytes(1 << 20, '\0');
    for (const auto& [name, contents] : members) bytes.resize(bytes.size() + contents.size() + name.size() + 256);
    std::size_t used = 0;
    archive* a = archive_write_new();
    archive_write_set_format_zip(a);
    archive_write_set_options(a, deflate ? "zip:compression=deflate" : "zip:compression=store");
    if (archive_write_open_memory(a, bytes.data(), bytes.size(), &used) != ARCHIVE_OK) std::abort();
    for (const auto& [name, contents] : members) {
        archive_entry* entry = archive_entry_new();
        archive_entry_set_pathname(entry, name.c_str());
        bool directory = name.ends_with("/");
        archive_entry_set_filetype(entry, directory ? AE_IFDIR : AE_IFREG);
        archive_entry_set_perm(entry, directory ? 0755 : 0644);
        archive_entry_set_size(entry, directory ? 0 : la_int64_t(contents.size()));
        if (archive_write_header(a, entry) != ARCHIVE_OK) std::abort();
        if (!directory && archive_write_data(a, contents.data(), contents.size()) != la_ssize_t(contents.size()))
            std::abort();
        archive_entry_free(entry);
    }
    archive_write_close(a);
    archive_write_free(a);
    bytes.resize(used);
    return bytes;
}
