#pragma once
// Which of a deal's rows count toward its patents, for a report that counts only some of them (overlap and
// clusters with --to, --from, --row-kind): the deal stays, with its date, kinds and parties, but only the patents
// on the rows that count are its patents.
//
// Loading with deal_patents_only, the dataset asks may_count of each row as it comes in, so that a row that cannot
// count is never held. When the parties decide, that is not the last word: which parties a name means depends on
// every party in the data (a key that is the name outranks the keys it is only the start of), so the rows let
// through keep their parties and kind, and once the last row is in (display names known) counts decides.
#include "model/transfer.h"

namespace patlap {

class Dataset;

class RowSieve {
public:
    virtual ~RowSieve() = default;
    // While the rows load: false when the row cannot count.
    virtual bool may_count(const Dataset& data, const Transfer& row) = 0;
    // Whether may_count is the last word (then counts is never asked while loading).
    virtual bool settled_while_loading() const = 0;
    // Once every row is in: whether the row counts. The row has its deal, patent, parties and kind.
    virtual bool counts(const Dataset& data, const Transfer& row) = 0;
};

}  // namespace patlap
