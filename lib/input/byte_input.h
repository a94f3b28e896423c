#pragma once
// What a reader of bytes needs of its input: the bytes in order, and a name for its messages. A ByteSource (a
// file, standard input or a gzip stream) is one; a FileRange (a file from a given offset on) is another.
#include <cstddef>
#include <string>

namespace patlap {

class ByteInput {
public:
    virtual ~ByteInput() = default;
    // Fills up to `capacity` bytes; returns 0 at the end. Throws InputError when the input cannot be read.
    virtual std::size_t read(char* buffer, std::size_t capacity) = 0;
    virtual const std::string& name() const = 0;
};

}  // namespace patlap
