#pragma once
// A streaming reader of USPTO patent assignment XML, in either of the two forms the USPTO publishes:
//
//  - the bulk files (daily `adYYYYMMDD.xml` and the backfile), root <us-patent-assignments>: one
//    <patent-assignment> per record, with <assignment-record> (reel-no, frame-no, recorded-date, conveyance-text),
//    <patent-assignors>, <patent-assignees> and <patent-properties>;
//  - the assignment search service's Solr response, root <response>: one <result>/<doc> per record, with fields
//    named by attribute (reelNo, frameNo, recordedDate, conveyanceText, patAssignorName, patAssignorExDate,
//    patAssigneeName, and the index-aligned arrays patNum, applNum, publNum where "NULL" means none).
//
// The input is parsed with libxml2's SAX2 push parser in chunks of 1 MiB, so memory follows one chunk's records,
// not the file.
// Names, texts and numbers are trimmed of surrounding white space; character references arrive as UTF-8.
// A record that cannot be used (no or a non-numeric reel or frame number, no assignor, no assignee, no property,
// in the bulk form a party with no name or a property with no number) comes with `problem` set, never dropped. In
// the search service's form a property whose numbers are all NULL is no property (the arrays hold NULLs to stay
// aligned), and an empty name in a name array is no party.
//
// Malformed XML (a truncated file, a mismatched tag, an undefined entity...), an empty file and a root element
// of another kind throw InputError naming the line. The inline DTD's entity declarations are honoured; entity
// expansion is bounded (libxml2 stops nested "billion laughs" entities, the reader a document whose entity text
// passes 100 times its size) and external entities and DTDs are never loaded.
//
// A large bulk file named by its path may be parsed on several threads (see the constructor with `threads`): the
// stream is cut into blocks just before a `<patent-assignment` start tag, and each block is parsed by its own
// parser as a small document: the file's prolog up to the first record (so its DTD, and the open
// <us-patent-assignments><patent-assignments>), the block, then the closing tags. Line numbers are shifted by the
// lines before the block, and records come out in file order. Anything unusual gives up the pieces for one parser
// reading the file again from the start (skipping the records already handed out), so records, lines and the
// first error are exactly those of one parser: an error in any piece, entity declarations in the prolog (whose
// expansion limit counts the whole file), a lone carriage return, a block that finds no cut.
#include "input/byte_source.h"
#include "input/uspto/assignment_record.h"

#include <cstdint>
#include <memory>
#include <string>

namespace patlap {

class UsptoXmlReader : public AssignmentRecordSource {
public:
    enum class Form {
        unknown,  // nothing parsed yet
        bulk,     // <us-patent-assignments>: a daily or backfile file
        search,   // <response>: an assignment search service result
    };

    // Opens `path` ("-" for standard input; gzip is read transparently). Throws InputError when it cannot be
    // opened. The XML itself is read by next().
    explicit UsptoXmlReader(const std::string& path);
    // Reads a source already opened (and perhaps peeked at, see ByteSource::peek).
    explicit UsptoXmlReader(std::unique_ptr<ByteSource> source);
    // Reads `path` ("-": one parser) with up to `threads` parsers at once (1: one parser), cutting it into blocks of
    // about `block_bytes` (tests use tiny ones). A file that fits in one block is read by one parser.
    UsptoXmlReader(const std::string& path, unsigned threads, std::size_t block_bytes = default_block_bytes);
    static constexpr std::size_t default_block_bytes = std::size_t(4) << 20;
    ~UsptoXmlReader() override;
    UsptoXmlReader(const UsptoXmlReader&) = delete;
    UsptoXmlReader& operator=(const UsptoXmlReader&) = delete;

    // Throws InputError on malformed XML, an empty file or an unexpected root element (and again on any later
    // call).
    bool next(AssignmentRecord& record) override;
    std::uint64_t bytes_read() const override;
    // Bytes of XML parsed so far: bytes_read() before decompression.
    std::uint64_t xml_bytes() const;
    std::uint64_t data_bytes() const override { return xml_bytes(); }

    // The form of the file, known once next() has been called.
    Form form() const;
    // Whether the file is being read in pieces (not, or no longer, by one parser), for tests.
    bool read_in_pieces() const { return pieces_ != nullptr; }
    // The file's name as given, "<stdin>" for "-".
    const std::string& name() const;

private:
    struct Parser;
    struct Pieces;
    void fall_back();
    std::unique_ptr<Parser> parser_;  // null while the pieces are read
    std::unique_ptr<Pieces> pieces_;
    std::uint64_t handed_out_ = 0;  // records next() returned
};

}  // namespace patlap
