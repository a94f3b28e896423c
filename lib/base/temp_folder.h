#pragma once
// A folder of its own under TMPDIR (else /tmp) for what a run spills to disk, removed with everything in it when
// the object goes, on success or error alike.
#include <string>

namespace patlap {

class TempFolder {
public:
    // `what` names what is spilled, for the messages ("overlap pairs"). Throws OutputError when the folder
    // cannot be made.
    explicit TempFolder(std::string what);
    ~TempFolder();
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;

    const std::string& path() const { return path_; }
    const std::string& what() const { return what_; }

private:
    std::string what_;
    std::string path_;
};

}  // namespace patlap
