#pragma once
// How a USPTO recorded conveyance becomes transfer rows (the mapping docs/manual.md's "USPTO records" section
// documents): the deal, date and kind of a record, and the patent key of each property. Shared by the loader
// and by `patlap convert`.
#include "input/uspto/assignment_record.h"
#include "input/uspto/conveyance_text.h"

#include <optional>
#include <string>

namespace patlap {

struct RecordFacts {
    std::string deal;                    // "REEL/FRAME", the frame in four digits
    Date date = 0;                       // the latest execution date among the assignors, else the recorded date
    // The source's category when it has one, else from the text; an assignment by the inventors is `employer`.
    TransferKind kind = TransferKind::other;
    std::optional<ReelFrame> reference;  // the earlier record the conveyance text names
};

// True when every assignor's name reads as a natural person's (looks_like_person): the inventors assigning.
bool assignors_are_people(const AssignmentRecord& record);

// Fills `facts` from `record`; an assignment is `employer` when the source says its assignors are the inventors,
// or, where the source says nothing of it, when assignors_are_people. Returns what makes the record unusable (its
// own `problem`, a reel or frame that is not a number, no date at all, a party name with no letter or digit), or
// an empty string.
std::string read_record_facts(const AssignmentRecord& record, RecordFacts& facts);

// The keys a property is known by. `patent`: the grant number's patent key when there is one (`US9219817`),
// else the application's (`USAPP14678893`), else the publication's (`US20150215460`). `application`: the
// application's key, or empty; a property that has both makes the application one asset with the patent.
// False when the property has no number at all.
bool property_keys(const AssignmentProperty& property, std::string& patent, std::string& application);

// The patent key of the property's publication number (`US20150215460`); false when it names none.
bool publication_key(const AssignmentProperty& property, std::string& key);

}  // namespace patlap
