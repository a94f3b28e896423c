#pragma once
// Test helper: files with given contents in a fresh temporary folder, removed at the end of the test.
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <unistd.h>
#include <zlib.h>

class TempDir {
public:
    TempDir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "patlap-test-XXXXXX").string();
        path_ = mkdtemp(pattern.data());
    }
    ~TempDir() { std::filesystem::remove_all(path_); }

    std::string write(const std::string& name, std::string_view contents) const {
        std::string file = (path_ / name).string();
        std::ofstream(file, std::ios::binary) << contents;
        return file;
    }

    std::string write_gzip(const std::string& name, std::string_view contents) const {
        std::string file = (path_ / name).string();
        gzFile gz = gzopen(file.c_str(), "wb");
        gzwrite(gz, contents.data(), unsigned(contents.size()));
        gzclose(gz);
        return file;
    }

    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};
