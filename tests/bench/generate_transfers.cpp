// generate_transfers.cpp - deterministic generator of synthetic patent transfer CSVs.
//
// Usage: patlap-gen --rows N [--seed S] [--bad-rate R] [--uspto] [--xml FILE] [--pad DIR] [-o FILE]
//
// Writes exactly N data rows (plus the header `deal,date,kind,from,to,patent`) of a
// simulated 1976-2024 patent assignment history: employer assignments of new patents,
// heavy-tailed portfolio sales between companies, security interests and their
// releases, licences and cross-licences, mergers, name changes, corrections, and a
// small fraction of noisy rows (duplicates and rows with one corrupted field).
//
// With --uspto the same simulation is written as data a USPTO assignment XML can hold:
// every deal is one recorded conveyance, of one kind and one date, whose rows are all its
// assignors x assignees x patents (a cross-licence becomes two), named REEL/FRAME the way
// patlap names records (10000/0001, 10000/0002, ...), without noisy rows. --xml FILE also
// writes those records as a USPTO daily-form assignment XML, so that patlap reading the XML
// and patlap reading the CSV see the same transfers (same deals, dates, kinds, patents). --pad DIR
// writes them as the Patent Assignment Dataset's CSV tables (assignment, assignor, assignee, documentid,
// assignment_conveyance) in DIR, as the USPTO ships them (columns as in its own files; rf_id from 1).
//
// Determinism: the output depends only on the arguments.  All random decisions use
// the xoshiro256** generator below with integer arithmetic only (no floating point,
// no <random> distributions, no hash-container iteration), so every platform and
// standard library produces byte-identical files.
//
// Standard library only; build with: g++ -O2 -std=c++20 generate_transfers.cpp -o patlap-gen

#include <algorithm>
#include <charconv>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <sys/stat.h>
#include <initializer_list>
#include <iterator>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_set>
#include <utility>
#include <vector>

namespace {

// ---------------------------------------------------------------------------
// Random numbers
// ---------------------------------------------------------------------------

uint64_t splitmix64(uint64_t& state) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

class Rng {
public:
    explicit Rng(uint64_t seed) {
        uint64_t x = seed;
        for (auto& w : s_) w = splitmix64(x);
    }

    uint64_t next() {
        const uint64_t result = rotl(s_[1] * 5, 7) * 9;
        const uint64_t t = s_[1] << 17;
        s_[2] ^= s_[0];
        s_[3] ^= s_[1];
        s_[1] ^= s_[2];
        s_[0] ^= s_[3];
        s_[2] ^= t;
        s_[3] = rotl(s_[3], 45);
        return result;
    }

    // Uniform integer in [0, n); n > 0.  (Multiply-high; the tiny bias is irrelevant here.)
    uint64_t below(uint64_t n) { return mul_high(next(), n); }
    // Uniform integer in [lo, hi].
    uint64_t between(uint64_t lo, uint64_t hi) { return lo + below(hi - lo + 1); }
    // True with probability ppm / 1,000,000.
    bool chance(uint32_t ppm) { return below(1000000) < ppm; }

    template <class T, size_t N>
    const T& pick(const T (&arr)[N]) { return arr[below(N)]; }

private:
    static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    // High 64 bits of the 128-bit product a * b (portable, no __int128).
    static uint64_t mul_high(uint64_t a, uint64_t b) {
        const uint64_t a_lo = a & 0xffffffffu, a_hi = a >> 32;
        const uint64_t b_lo = b & 0xffffffffu, b_hi = b >> 32;
        const uint64_t lo_lo = a_lo * b_lo, hi_lo = a_hi * b_lo, lo_hi = a_lo * b_hi, hi_hi = a_hi * b_hi;
        const uint64_t cross = (lo_lo >> 32) + (hi_lo & 0xffffffffu) + lo_hi;
        return hi_hi + (hi_lo >> 32) + (cross >> 32);
    }
    uint64_t s_[4];
};

// Heavy-tailed (Pareto, alpha = 1) size in [1, cap]: P(size >= x) ~ 1/x.
uint32_t heavy_size(Rng& rng, uint32_t cap) {
    constexpr uint64_t M = 1ULL << 24;
    const uint64_t s = M / rng.between(1, M);
    return static_cast<uint32_t>(std::min<uint64_t>(s, cap));
}

// Choice among a few outcomes given integer weights.
size_t weighted(Rng& rng, const uint32_t* w, size_t n) {
    uint64_t total = 0;
    for (size_t i = 0; i < n; ++i) total += w[i];
    uint64_t r = rng.below(total);
    for (size_t i = 0; i < n; ++i) {
        if (r < w[i]) return i;
        r -= w[i];
    }
    return n - 1;
}
template <size_t N>
size_t weighted(Rng& rng, const uint32_t (&w)[N]) { return weighted(rng, w, N); }

// ---------------------------------------------------------------------------
// Calendar: day index 0 = 1976-01-01 ... last = 2024-12-31
// ---------------------------------------------------------------------------

constexpr int kFirstYear = 1976;
constexpr int kLastYear = 2024;

int days_in_month(int y, int m) {
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
    return dim[m - 1];
}

class Calendar {
public:
    Calendar() {
        for (int y = kFirstYear; y <= kLastYear; ++y)
            for (int m = 1; m <= 12; ++m)
                for (int d = 1, n = days_in_month(y, m); d <= n; ++d) {
                    char buf[48];
                    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", y, m, d);
                    iso_.append(buf, 10);
                    std::snprintf(buf, sizeof buf, "%04d%02d%02d", y, m, d);
                    compact_.append(buf, 8);
                    year_.push_back(static_cast<uint16_t>(y));
                }
    }
    uint32_t days() const { return static_cast<uint32_t>(year_.size()); }
    std::string_view iso(uint32_t day) const { return {iso_.data() + 10 * day, 10}; }
    std::string_view compact(uint32_t day) const { return {compact_.data() + 8 * day, 8}; }
    int year(uint32_t day) const { return year_[day]; }

private:
    std::string iso_, compact_;
    std::vector<uint16_t> year_;
};

// ---------------------------------------------------------------------------
// Text helpers
// ---------------------------------------------------------------------------

// Upper-case ASCII letters and the Latin-1 lower-case letters encoded in UTF-8 as C3 A0..BE.
std::string upper(std::string_view s) {
    std::string out(s);
    for (size_t i = 0; i < out.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z') {
            out[i] = static_cast<char>(c - 32);
        } else if (c == 0xC3 && i + 1 < out.size()) {
            unsigned char d = static_cast<unsigned char>(out[i + 1]);
            if (d >= 0xA0 && d <= 0xBE && d != 0xB7) out[i + 1] = static_cast<char>(d - 0x20);
            ++i;
        }
    }
    return out;
}

// ---------------------------------------------------------------------------
// Word lists
// ---------------------------------------------------------------------------

const char* const kBrand[] = {
    "Acme", "Apex", "Aurora", "Beacon", "Blue", "Bright", "Cascade", "Cedar", "Cobalt", "Crest",
    "Crystal", "Delta", "Eagle", "Echo", "Ember", "Falcon", "Frontier", "Gemini", "Global", "Golden",
    "Granite", "Harbor", "Helix", "Horizon", "Iris", "Jade", "Keystone", "Kinetic", "Lumen", "Lynx",
    "Magna", "Maple", "Meridian", "Nexus", "Nova", "Oak", "Omega", "Onyx", "Orbit", "Orion",
    "Pacific", "Peak", "Phoenix", "Pine", "Pioneer", "Polar", "Prime", "Pulse", "Quantum", "Radiant",
    "Raven", "Red", "River", "Sage", "Sierra", "Silver", "Solar", "Sterling", "Summit", "Sun",
    "Terra", "Titan", "Trident", "Union", "United", "Vanguard", "Vector", "Vertex", "Vista", "Western",
    "Zenith", "Northern", "Eastern", "Atlantic", "Alpine", "Crown", "Liberty", "Empire", "Royal",
    "Central", "General", "National", "International", "American", "Nippon", "Tokyo", "Osaka",
    "Hansa", "Nordic", "Baltic", "Rhein", "Seoul", "Shenzhen", "Taiwan", "Kyoto", "Bavaria",
    "Lucent", "Stellar", "Arrow", "Condor", "Dynamo", "Fusion", "Gryphon", "Ironwood", "Juniper",
    "Kestrel", "Lighthouse", "Mosaic", "Neptune", "Oracle", "Paragon", "Quasar", "Redwood",
    "Sapphire", "Tandem", "Ultra", "Voyager", "Willow", "Xenon", "Yukon", "Zephyr", "Hitachi",
    "Matsu", "Sakura", "Fuji", "Hana", "Daewoo", "Hanil", "Samsan", "Lotus", "Jinhua"};

// Words with non-ASCII (Latin-1 range) letters.
const char* const kBrandAccented[] = {
    "Société", "Générale", "Müller", "Nordström", "Zürich", "Ångström", "São", "Bräu",
    "Façade", "Crème", "Øresund", "Malmö", "Göteborg", "Düsseldorf", "Château", "Électrique",
    "Española", "Française", "Köln", "Löwen", "Höganäs", "Señal", "Técnica", "Química"};

const char* const kDomain[] = {
    "Semiconductor", "Systems", "Technologies", "Electronics", "Devices", "Networks",
    "Pharmaceuticals", "Instruments", "Industries", "Motors", "Chemical", "Optics", "Software",
    "Medical", "Materials", "Energy", "Robotics", "Communications", "Laboratories", "Biosciences",
    "Dynamics", "Machines", "Solutions", "Microsystems", "Photonics", "Therapeutics", "Automotive",
    "Aerospace", "Telecom", "Data", "Storage", "Imaging", "Controls", "Manufacturing", "Holdings",
    "Innovations", "Research", "Engineering", "Wireless", "Display", "Power", "Steel", "Plastics",
    "Foods", "Textiles", "Tools", "Genomics", "Diagnostics", "Electric", "Precision", "Graphics",
    "Circuits", "Sensors", "Batteries", "Lighting", "Packaging", "Polymers", "Vision", "Audio"};

const char* const kPlace[] = {
    "America", "Tokyo", "Montreal", "Scotland", "Ireland", "Nova Scotia", "the West", "Hawaii",
    "the Ozarks", "Commerce", "Utah", "the Pacific", "New England", "the Midwest", "Nagoya",
    "Yokohama", "Osaka", "Taiwan", "Singapore", "China", "Korea", "India", "Bermuda", "Texas"};

const char* const kFirst[] = {
    "John", "Michael", "David", "James", "Robert", "William", "Richard", "Thomas", "Mark", "Paul",
    "Steven", "Daniel", "Mary", "Linda", "Susan", "Karen", "Patricia", "Jennifer", "Elizabeth",
    "Laura", "Anna", "Maria", "Wei", "Jing", "Li", "Hiroshi", "Takashi", "Kenji", "Yuki", "Akira",
    "Min-jun", "Ji-woo", "Seo-yeon", "Rajesh", "Priya", "Anil", "Sanjay", "Hans", "Klaus",
    "Jürgen", "Stefan", "Pierre", "François", "Hélène", "José", "Joaquín", "Lars", "Björn",
    "Søren", "Mikko", "Giovanni", "Marco", "Olga", "Dmitri", "Ahmed", "Fatima", "Chen", "Emily",
    "Kevin", "Brian"};

const char* const kLast[] = {
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson", "Anderson",
    "Taylor", "Thomas", "Moore", "Martin", "Jackson", "Thompson", "White", "Harris", "Clark",
    "Lewis", "Robinson", "Walker", "Young", "Allen", "King", "Wright", "Scott", "Green", "Baker",
    "Adams", "Nelson", "Hill", "Campbell", "Mitchell", "Roberts", "Carter", "Phillips", "Evans",
    "Turner", "O'Brien", "McDonald", "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang",
    "Zhao", "Wu", "Zhou", "Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto",
    "Nakamura", "Kobayashi", "Sato", "Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Patel",
    "Sharma", "Singh", "Gupta", "Kumar", "Müller", "Schmidt", "Schneider", "Fischer", "Weber",
    "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "García", "Fernández", "Núñez", "López",
    "Martínez", "Rossi", "Russo", "Dubois", "Lefèvre", "Bernard", "Håkansson", "Björk",
    "Lindqvist", "Virtanen", "Nieminen", "Ivanov", "Petrov", "Çelik", "Van der Berg", "De Vries"};

// Legal forms: each group lists spellings of the same form (first = canonical), including
// the separator that precedes it, so ", Inc." and " Inc." are two spellings.
struct LegalGroup {
    uint32_t weight;
    std::vector<const char*> forms;
};

const std::vector<LegalGroup>& legal_groups() {
    static const std::vector<LegalGroup> groups = {
        {18, {" Corporation", " Corp.", " Corp"}},
        {20, {", Inc.", " Inc.", " Incorporated", " Inc"}},
        {3, {" Incorporated", " Inc.", ", Inc."}},
        {8, {" Ltd.", " Limited", ", Ltd."}},
        {8, {" Co., Ltd.", " Co. Ltd.", " Company Limited", " Co., Ltd"}},
        {10, {" LLC", " L.L.C.", ", LLC"}},
        {5, {" GmbH", " G.m.b.H.", " Gesellschaft mit beschränkter Haftung"}},
        {4, {" AG", " Aktiengesellschaft"}},
        {2, {" Oyj", " Oy", " Corporation"}},
        {2, {" AB", " Aktiebolag", " AB (publ)"}},
        {3, {" S.A.", " SA", " Société Anonyme"}},
        {2, {" N.V.", " NV"}},
        {2, {" B.V.", " BV"}},
        {5, {" Kabushiki Kaisha", " K.K.", " Co., Ltd."}},
        {3, {" plc", " PLC", " Public Limited Company"}},
        {4, {" Co.", " Company"}},
    };
    return groups;
}

// ---------------------------------------------------------------------------
// Parties (companies and lenders)
// ---------------------------------------------------------------------------

struct Party {
    std::vector<std::string> spellings;  // as written (escaped for CSV or XML on output)
    uint32_t birth = 0;                  // first day the party may appear
};

class NameFactory {
public:
    explicit NameFactory(Rng& rng) : rng_(rng) {}

    std::vector<std::string> company() {
        for (int attempt = 0;; ++attempt) {
            std::vector<std::string> raw = company_raw(attempt);
            if (claim(raw)) return raw;
        }
    }

    std::vector<std::string> lender() {
        for (int attempt = 0;; ++attempt) {
            std::vector<std::string> raw = lender_raw(attempt);
            if (claim(raw)) return raw;
        }
    }

    // "Last, First M.", about 10% upper case.
    std::string person() {
        std::string s = rng_.pick(kLast);
        s += ", ";
        s += rng_.pick(kFirst);
        if (rng_.chance(600000)) {
            s += ' ';
            s += static_cast<char>('A' + rng_.below(26));
            s += '.';
        }
        if (rng_.chance(100000)) s = upper(s);
        return s;
    }

private:
    std::string brand() {
        if (rng_.chance(40000)) return rng_.pick(kBrandAccented);
        return rng_.pick(kBrand);
    }

    std::vector<std::string> company_raw(int attempt) {
        // About 1% of names carry a double quote (Russian-style joint stock companies).
        if (rng_.chance(10000)) {
            std::string core = brand();
            if (rng_.chance(500000)) core += std::string(" ") + rng_.pick(kDomain);
            if (attempt > 20) core += " " + std::to_string(++serial_);
            std::vector<std::string> cands = {"Joint Stock Company \"" + core + "\"",
                                              "JSC \"" + core + "\"",
                                              "Open Joint Stock Company \"" + core + "\""};
            cands.push_back(upper(cands[0]));
            return choose_spellings(cands);
        }
        std::string base = brand();
        const uint64_t shape = rng_.below(100);
        if (shape < 35) {
            base += ' ';
            base += brand();
        } else if (shape < 40) {
            base += " & ";
            base += brand();
        }
        if (rng_.below(100) < 85) {
            base += ' ';
            base += rng_.pick(kDomain);
        }
        if (attempt > 20) base += " " + std::to_string(++serial_);  // crowded name space
        const auto& groups = legal_groups();
        std::vector<uint32_t> w;
        for (const auto& g : groups) w.push_back(g.weight);
        const LegalGroup& g = groups[weighted(rng_, w.data(), w.size())];
        std::vector<std::string> cands;
        for (const char* f : g.forms) cands.push_back(base + f);
        for (const char* f : g.forms) cands.push_back(upper(base + f));
        return choose_spellings(cands);
    }

    std::vector<std::string> lender_raw(int attempt) {
        std::string canon;
        switch (rng_.below(7)) {
            case 0: canon = std::string("Bank of ") + rng_.pick(kPlace); break;
            case 1: canon = brand() + " Bank, N.A."; break;
            case 2: canon = brand() + " National Bank"; break;
            case 3: canon = brand() + " Capital LLC"; break;
            case 4: canon = brand() + " " + brand() + " Capital Partners, L.P."; break;
            case 5: canon = brand() + " Credit Fund LP"; break;
            default:
                canon = rng_.chance(300000) ? "Crédit " + brand() + " S.A." : brand() + " Trust Company";
                break;
        }
        if (attempt > 20) canon += " " + std::to_string(++serial_);  // crowded name space
        std::vector<std::string> cands = {canon, upper(canon), canon + ", as Collateral Agent",
                                          canon + ", as Administrative Agent",
                                          upper(canon + ", as Collateral Agent")};
        return choose_spellings(cands);
    }

    // Canonical spelling plus 0-3 others picked at random from cands[1..].
    std::vector<std::string> choose_spellings(std::vector<std::string>& cands) {
        static const uint32_t kCount[4] = {30, 35, 20, 15};
        size_t k = 1 + weighted(rng_, kCount);
        k = std::min(k, cands.size());
        std::vector<std::string> out = {cands[0]};
        for (size_t i = 1; i < k; ++i) {
            size_t j = i + rng_.below(cands.size() - i);
            std::swap(cands[i], cands[j]);
            out.push_back(cands[i]);
        }
        return out;
    }

    // Reserve all spellings of a new party; false if any is already used.
    bool claim(const std::vector<std::string>& raw) {
        for (const auto& s : raw)
            if (used_.count(s)) return false;
        for (const auto& s : raw) used_.insert(s);
        return true;
    }

    Rng& rng_;
    uint64_t serial_ = 0;
    std::unordered_set<std::string> used_;  // membership only; never iterated
};

// ---------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------

class Writer {
public:
    explicit Writer(FILE* f) : f_(f), buf_(1 << 20) {}
    ~Writer() { flush(); }
    void put(std::string_view s) {
        if (len_ + s.size() > buf_.size()) flush();
        if (s.size() > buf_.size()) {
            std::fwrite(s.data(), 1, s.size(), f_);
            return;
        }
        std::memcpy(buf_.data() + len_, s.data(), s.size());
        len_ += s.size();
    }
    void put(char c) {
        if (len_ == buf_.size()) flush();
        buf_[len_++] = c;
    }
    // A CSV field, quoted as RFC 4180 says when it holds a comma, quote or line break.
    void put_csv(std::string_view s) {
        if (s.find_first_of(",\"\r\n") == std::string_view::npos) return put(s);
        put('"');
        for (size_t q; (q = s.find('"')) != std::string_view::npos; s.remove_prefix(q + 1)) {
            put(s.substr(0, q + 1));
            put('"');
        }
        put(s);
        put('"');
    }
    // XML character data: &, < and > escaped.
    void put_xml(std::string_view s) {
        for (size_t i; (i = s.find_first_of("&<>")) != std::string_view::npos; s.remove_prefix(i + 1)) {
            put(s.substr(0, i));
            put(s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : "&gt;");
        }
        put(s);
    }
    void flush() {
        if (len_) std::fwrite(buf_.data(), 1, len_, f_);
        len_ = 0;
    }

private:
    FILE* f_;
    std::vector<char> buf_;
    size_t len_ = 0;
};

// ---------------------------------------------------------------------------
// The simulation
// ---------------------------------------------------------------------------

enum Kind : uint8_t { kAssignment, kEmployer, kMerger, kNameChange, kCorrection, kSecurity, kRelease, kLicense, kOther };

const char* const kKindText[9][3] = {
    {"assignment", "Assignment", "ASSIGNMENT"}, {"employer", "Employer", "EMPLOYER"},
    {"merger", "Merger", "MERGER"},             {"name-change", "Name-Change", "NAME-CHANGE"},
    {"correction", "Correction", "CORRECTION"}, {"security", "Security", "SECURITY"},
    {"release", "Release", "RELEASE"},          {"license", "License", "LICENSE"},
    {"other", "Other", "OTHER"}};

const char* const kKindTypo[9][2] = {
    {"assignmnet", "asignment"}, {"employr", "emploer"},      {"mergr", "meger"},
    {"name-chnage", "namechange"}, {"corection", "correctoin"}, {"secuirty", "securty"},
    {"relase", "realease"},      {"lisence", "licnese"},      {"ohter", "othr"}};

constexpr uint32_t kDesignFlag = 0x80000000u;
constexpr size_t kRing = 2048;        // recent valid rows kept as noise sources

struct Options {
    uint64_t rows = 0;
    uint64_t seed = 1;
    uint32_t bad_ppm = 5000;
    std::string out;
    bool uspto = false;  // deals as USPTO records (see flush_deal); no noisy rows
    std::string xml;     // also write the records as USPTO assignment XML here (implies uspto)
    std::string pad;     // also write the records as the Patent Assignment Dataset's CSV tables in this folder
    // --whole-record: the mix of the whole US record (see kUsage), instead of the default's.
    uint32_t employer_share = 6000;  // of rows, per 10,000
    uint32_t max_deal = 20000;       // largest sale / lien / merger / licence
    bool whole_record = false;
};

// ---------------------------------------------------------------------------
// USPTO assignment XML (--uspto, --xml)
// ---------------------------------------------------------------------------

// One conveyance text per kind that patlap's kind_of_conveyance (lib/input/uspto/conveyance_text.h) reads back as
// that kind.
const char* const kConveyance[9] = {
    "ASSIGNMENT OF ASSIGNORS INTEREST (SEE DOCUMENT FOR DETAILS).",  // assignment
    "EMPLOYEE AGREEMENT",                                           // employer
    "MERGER (SEE DOCUMENT FOR DETAILS).",                           // merger
    "CHANGE OF NAME (SEE DOCUMENT FOR DETAILS).",                   // name-change
    "CORRECTIVE ASSIGNMENT TO CORRECT THE ASSIGNEE",                // correction
    "SECURITY INTEREST (SEE DOCUMENT FOR DETAILS).",                // security
    "RELEASE BY SECURED PARTY (SEE DOCUMENT FOR DETAILS).",         // release
    "LICENSE (SEE DOCUMENT FOR DETAILS).",                          // license
    "CHANGE OF ADDRESS"};                                           // other

// The daily files' header: declaration, the DTD as the USPTO ships it inline (abridged), root element.
const char kXmlHead[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<!DOCTYPE us-patent-assignments [\n"
    "<!ELEMENT us-patent-assignments (action-key-code, transaction-date, patent-assignments)>\n"
    "<!ATTLIST us-patent-assignments dtd-version CDATA #IMPLIED date-produced CDATA #IMPLIED>\n"
    "<!ELEMENT action-key-code (#PCDATA)>\n"
    "<!ELEMENT transaction-date (date)>\n"
    "<!ELEMENT patent-assignments (data-available-code | patent-assignment+)>\n"
    "<!ELEMENT date (#PCDATA)>\n"
    "<!ELEMENT data-available-code (#PCDATA)>\n"
    "<!ELEMENT patent-assignment (assignment-record, patent-assignors, patent-assignees, patent-properties)>\n"
    "<!ELEMENT assignment-record (reel-no, frame-no, last-update-date, purge-indicator, recorded-date, "
    "page-count?, correspondent, conveyance-text)>\n"
    "<!ELEMENT patent-assignors (patent-assignor+)>\n"
    "<!ELEMENT patent-assignees (patent-assignee+)>\n"
    "<!ELEMENT patent-properties (patent-property+)>\n"
    "<!ELEMENT reel-no (#PCDATA)>\n"
    "<!ELEMENT frame-no (#PCDATA)>\n"
    "<!ELEMENT last-update-date (date)>\n"
    "<!ELEMENT purge-indicator (#PCDATA)>\n"
    "<!ELEMENT recorded-date (date)>\n"
    "<!ELEMENT page-count (#PCDATA)>\n"
    "<!ELEMENT correspondent (name, address-1?, address-2?, address-3?, address-4?)>\n"
    "<!ELEMENT conveyance-text (#PCDATA)>\n"
    "<!ELEMENT patent-assignor (name, execution-date?, date-acknowledged?)>\n"
    "<!ELEMENT patent-assignee (name, address-1?, address-2?, city?, state?, country-name?, postcode?)>\n"
    "<!ELEMENT patent-property (document-id*, invention-title?)>\n"
    "<!ELEMENT name (#PCDATA)>\n"
    "<!ELEMENT address-1 (#PCDATA)>\n"
    "<!ELEMENT address-2 (#PCDATA)>\n"
    "<!ELEMENT address-3 (#PCDATA)>\n"
    "<!ELEMENT address-4 (#PCDATA)>\n"
    "<!ELEMENT execution-date (date)>\n"
    "<!ELEMENT date-acknowledged (date)>\n"
    "<!ELEMENT city (#PCDATA)>\n"
    "<!ELEMENT state (#PCDATA)>\n"
    "<!ELEMENT country-name (#PCDATA)>\n"
    "<!ELEMENT postcode (#PCDATA)>\n"
    "<!ELEMENT document-id (country, doc-number, kind?, name?, date?)>\n"
    "<!ELEMENT invention-title (#PCDATA)>\n"
    "<!ATTLIST invention-title id ID #IMPLIED lang CDATA #REQUIRED>\n"
    "<!ELEMENT country (#PCDATA)>\n"
    "<!ELEMENT doc-number (#PCDATA)>\n"
    "<!ELEMENT kind (#PCDATA)>\n"
    "]>\n"
    "<us-patent-assignments dtd-version=\"1.0\" date-produced=\"20131101\">\n"
    "  <action-key-code>DA</action-key-code>\n"
    "  <transaction-date>\n"
    "    <date>20241231</date>\n"
    "  </transaction-date>\n"
    "  <patent-assignments>\n";

const char kXmlTail[] = "  </patent-assignments>\n</us-patent-assignments>\n";

// Assignee addresses (picked by a hash of the name, so a party keeps its address): city, state, country
// name (empty for the US), postcode digits.
struct Place {
    const char *city, *state, *country;
    int postcode_digits;
};
const Place kPlaces[] = {
    {"SAN JOSE", "CALIFORNIA", "", 5},      {"AUSTIN", "TEXAS", "", 5},
    {"BOSTON", "MASSACHUSETTS", "", 5},     {"ARMONK", "NEW YORK", "", 5},
    {"SEATTLE", "WASHINGTON", "", 5},       {"CHICAGO", "ILLINOIS", "", 5},
    {"WILMINGTON", "DELAWARE", "", 5},      {"SAN DIEGO", "CALIFORNIA", "", 5},
    {"TOKYO", "", "JAPAN", 7},              {"OSAKA", "", "JAPAN", 7},
    {"KAWASAKI-SHI, KANAGAWA", "", "JAPAN", 7}, {"SUWON-SI, GYEONGGI-DO", "", "KOREA, REPUBLIC OF", 5},
    {"SEOUL", "", "KOREA, REPUBLIC OF", 5}, {"HSINCHU", "", "TAIWAN", 3},
    {"SHENZHEN", "", "CHINA", 6},           {"MUNICH", "", "GERMANY", 5},
    {"ESPOO", "", "FINLAND", 5},            {"STOCKHOLM", "", "SWEDEN", 5},
    {"EINDHOVEN", "", "NETHERLANDS", 4},    {"PARIS", "", "FRANCE", 5}};

const char* const kStreet[] = {"MAIN STREET", "TECHNOLOGY DRIVE", "INNOVATION WAY", "PARK AVENUE",
                               "INDUSTRIAL ROAD", "RESEARCH BOULEVARD", "HARBOR LANE", "CENTRAL AVENUE"};

// Correspondents (the filer's law firm): name, two address lines.
const char* const kCorrespondent[][3] = {
    {"FINNEGAN, HENDERSON, FARABOW, GARRETT & DUNNER LLP", "901 NEW YORK AVENUE, NW", "WASHINGTON, DC 20001-4413"},
    {"FISH & RICHARDSON P.C.", "PO BOX 1022", "MINNEAPOLIS, MN 55440-1022"},
    {"OBLON, MCCLELLAND, MAIER & NEUSTADT, L.L.P.", "1940 DUKE STREET", "ALEXANDRIA, VA 22314"},
    {"KNOBBE, MARTENS, OLSON & BEAR, LLP", "2040 MAIN STREET, 14TH FLOOR", "IRVINE, CA 92614"},
    {"HARNESS, DICKEY & PIERCE, P.L.C.", "P.O. BOX 828", "BLOOMFIELD HILLS, MI 48303"},
    {"SUGHRUE MION, PLLC", "2000 PENNSYLVANIA AVENUE, N.W.", "WASHINGTON, DC 20006"},
    {"CORPORATION SERVICE COMPANY", "1090 VERMONT AVENUE NW, SUITE 430", "WASHINGTON, DC 20005"},
    {"BIRCH, STEWART, KOLASCH & BIRCH, LLP", "8110 GATEHOUSE ROAD, SUITE 100 EAST", "FALLS CHURCH, VA 22042"}};

// Invention titles: opening x action x object, by a hash of the patent.
const char* const kTitleOpen[] = {"Method and apparatus for", "System and method for", "Apparatus for",
                                  "Method for", "Device and method for", "Circuit for"};
const char* const kTitleAction[] = {"controlling", "processing", "measuring", "detecting", "manufacturing",
                                    "transmitting", "storing", "cooling", "encoding", "aligning"};
const char* const kTitleObject[] = {"a semiconductor device", "data packets in a network", "optical signals",
                                    "a display panel", "wireless communications", "battery cells",
                                    "image data", "a fuel injection system", "polymer films",
                                    "pharmaceutical compositions", "memory cells", "audio streams"};

uint64_t mix64(uint64_t x) {
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdULL;
    x ^= x >> 33;
    x *= 0xc4ceb9fe1a85ec53ULL;
    return x ^ (x >> 33);
}

uint64_t hash_text(std::string_view s) {  // FNV-1a
    uint64_t h = 0xcbf29ce484222325ULL;
    for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
    return h;
}

struct Lien {
    uint32_t release_day;
    uint64_t seq;
    uint32_t lender;
    std::string company;  // spelling used when pledged
    std::vector<uint32_t> patents;
};

struct LienLater {  // min-heap order on (release_day, seq): a total order
    bool operator()(const Lien& a, const Lien& b) const {
        return a.release_day != b.release_day ? a.release_day > b.release_day : a.seq > b.seq;
    }
};

// The PAD's tables as the USPTO ships them, each a CSV file in one folder (--pad).
struct PadWriters {
    Writer assignment, assignor, assignee, documentid, conveyance;
    PadWriters(FILE* a, FILE* or_, FILE* ee, FILE* doc, FILE* conv)
        : assignment(a), assignor(or_), assignee(ee), documentid(doc), conveyance(conv) {}
    void headers() {
        assignment.put("rf_id,file_id,cname,caddress_1,caddress_2,caddress_3,caddress_4,reel_no,frame_no,convey_text,"
                       "record_dt,last_update_dt,page_count,purge_in\n");
        assignor.put("rf_id,or_name,exec_dt,ack_dt\n");
        assignee.put("rf_id,ee_name,ee_address_1,ee_address_2,ee_city,ee_state,ee_postcode,ee_country\n");
        documentid.put("rf_id,title,lang,appno_doc_num,appno_date,appno_country,pgpub_doc_num,pgpub_date,"
                       "pgpub_country,grant_doc_num,grant_date,grant_country\n");
        conveyance.put("rf_id,convey_ty,employer_assign\n");
    }
};

class Simulation {
public:
    // xml: where the records go as USPTO XML in uspto mode, or null; pad: the PAD's tables, or null.
    Simulation(const Options& opt, Writer& out, Writer* xml, PadWriters* pad = nullptr)
        : opt_(opt), out_(out), xml_(xml), pad_(pad), rng_(opt.seed), deco_(opt.seed ^ 0x5553505430584d4cULL), names_(rng_),
          ndays_(cal_.days()) {
        const uint64_t ncomp = std::max<uint64_t>(50, opt.rows / 300);
        const uint64_t nlend = std::max<uint64_t>(10, ncomp / 25);
        companies_.resize(ncomp);
        portfolio_.resize(ncomp);
        for (uint64_t i = 0; i < ncomp; ++i) {
            companies_[i].spellings = names_.company();
            // The 50 largest companies exist from the start; others appear over time.
            companies_[i].birth = i < 50 ? 0 : static_cast<uint32_t>(rng_.below(ndays_ * 9 / 10));
        }
        lenders_.resize(nlend);
        for (auto& l : lenders_) l.spellings = names_.lender();
        company_cum_ = zipf_cumulative(ncomp);
        lender_cum_ = zipf_cumulative(nlend);
        const uint64_t expected_patents = opt.rows * 27 / 100 + 16;
        if (expected_patents < (1ULL << 31)) {
            number_.reserve(expected_patents);
            owner_.reserve(expected_patents);
            if (opt.uspto) filed_.reserve(expected_patents);
        }
        for (uint32_t day = 0; day < ndays_ && cal_.year(day) < 2001; ++day) first_2001_ = day + 1;
    }

    void run() {
        out_.put("deal,date,kind,from,to,patent\n");
        if (xml_) xml_->put(kXmlHead);
        if (pad_) pad_->headers();
        // Target share of rows per chosen event type (per 10,000); releases follow liens.
        // The other types share what employer assignments leave, in these proportions.
        static const uint32_t kOthers[8] = {0, 2000, 700, 600, 120, 80, 40, 30};
        uint32_t kShare[8];
        kShare[0] = opt_.employer_share;
        for (int c = 1; c < 8; ++c) kShare[c] = kOthers[c] * (10000 - opt_.employer_share) / 4000;
        static const uint32_t kPriorMean[8] = {2, 10, 30, 15, 50, 50, 2, 2};
        while (!full()) {
            day_ = day_for_progress();
            release_due();
            if (full()) break;
            // Choose the event so that each type's share of rows tracks kShare.
            // Weight = share / observed mean rows per event; a type already 2% over its
            // share sits out until the others catch up (heavy tails overshoot otherwise).
            uint64_t w[8], total = 0;
            for (int c = 0; c < 8; ++c) {
                const bool over = rows_ > 10000 && cat_rows_[c] * 10000 > uint64_t(kShare[c]) * rows_ * 102 / 100;
                w[c] = over ? 0 : uint64_t(kShare[c]) * (events_[c] + 1) * 1024 / (cat_rows_[c] + kPriorMean[c]);
                total += w[c];
            }
            int c = 0;
            if (total > 0) {
                uint64_t r = rng_.below(total);
                while (c < 7 && r >= w[c]) r -= w[c++];
            }
            const uint64_t before = rows_;
            bool ok = false;
            switch (c) {
                case 0: break;
                case 1: ok = sale(); break;
                case 2: ok = security(); break;
                case 3: ok = license(); break;
                case 4: ok = merger(); break;
                case 5: ok = name_change(); break;
                case 6: ok = correction(); break;
                case 7: ok = other(); break;
            }
            if (!ok) {
                c = 0;
                employer();
            }
            events_[c] += 1;
            cat_rows_[c] += rows_ - before;
        }
        if (opt_.uspto) flush_deal();
        if (xml_) xml_->put(kXmlTail);
    }

private:
    // ---- time -----------------------------------------------------------
    // Activity grows linearly over the years: day = D * sqrt(progress).
    uint32_t day_for_progress() const {
        const uint64_t d = ndays_;  // d * d * rows_ < 2^63 for rows_ <= 2e9
        const uint64_t v = isqrt(d * d * rows_ / opt_.rows);
        return static_cast<uint32_t>(std::min<uint64_t>(v, ndays_ - 1));
    }
    static uint64_t isqrt(uint64_t x) {
        uint64_t lo = 0, hi = 1ULL << 32;
        while (hi - lo > 1) {
            uint64_t mid = (lo + hi) / 2;
            if (mid * mid <= x) lo = mid; else hi = mid;
        }
        return lo;
    }
    uint32_t days_back(uint32_t day, uint32_t max_back) {
        uint32_t back = static_cast<uint32_t>(rng_.below(max_back + 1));
        return day > back ? day - back : 0;
    }

    // ---- parties ----------------------------------------------------------
    static std::vector<uint64_t> zipf_cumulative(uint64_t n) {
        std::vector<uint64_t> cum(n);
        uint64_t acc = 0;
        for (uint64_t i = 0; i < n; ++i) cum[i] = acc += (1ULL << 32) / (i + 1);
        return cum;
    }
    static uint32_t zipf_pick(Rng& rng, const std::vector<uint64_t>& cum) {
        const uint64_t r = rng.below(cum.back());
        return static_cast<uint32_t>(std::upper_bound(cum.begin(), cum.end(), r) - cum.begin());
    }
    bool alive(uint32_t c) const { return companies_[c].birth <= day_; }
    uint32_t zipf_company() {
        for (int tries = 0; tries < 8; ++tries) {
            uint32_t c = zipf_pick(rng_, company_cum_);
            if (alive(c)) return c;
        }
        return static_cast<uint32_t>(rng_.below(50));
    }
    uint32_t uniform_company() {
        for (int tries = 0; tries < 8; ++tries) {
            uint32_t c = static_cast<uint32_t>(rng_.below(companies_.size()));
            if (alive(c)) return c;
        }
        return static_cast<uint32_t>(rng_.below(50));
    }
    // Owner of a random patent: picks companies in proportion to portfolio size.
    uint32_t owner_of_random_patent() { return owner_[rng_.below(owner_.size())]; }
    // A company that holds patents: by portfolio size or uniformly among holders.
    bool holder(uint32_t ppm_by_size, uint32_t& c) {
        if (owner_.empty()) return false;
        if (!rng_.chance(ppm_by_size)) {
            for (int tries = 0; tries < 8; ++tries) {
                uint32_t u = static_cast<uint32_t>(rng_.below(companies_.size()));
                if (!portfolio_[u].empty()) {
                    c = u;
                    return true;
                }
            }
        }
        c = owner_of_random_patent();
        return true;
    }
    uint32_t counterparty(uint32_t not_this) {
        for (;;) {
            uint32_t c = rng_.chance(600000) ? zipf_company() : uniform_company();
            if (c != not_this) return c;
        }
    }
    const std::string& spelling(const Party& p) {
        const auto& s = p.spellings;
        if (s.size() == 1 || rng_.chance(550000)) return s[0];
        return s[1 + rng_.below(s.size() - 1)];
    }

    // ---- deals and patents ------------------------------------------------
    // Patents in a sale or lien: heavy-tailed up to max_deal. For the whole record, half the deals are drawn with
    // a lighter tail (the smaller of two draws), which brings the mean near the record's.
    size_t deal_size() {
        const uint32_t k = heavy_size(rng_, opt_.max_deal);
        if (!opt_.whole_record || rng_.chance(500000)) return k;
        return std::min(k, heavy_size(rng_, opt_.max_deal));
    }

    const std::string& new_deal() {
        if (opt_.uspto) flush_deal();
        char buf[32];
        if (rng_.chance(800000)) {
            // Reel/frame: reels advance with the date (about 3,400 in 1976 to 68,000 in
            // 2024); a document takes a few frames; a full reel continues on the next one.
            const uint64_t target = 3400 + uint64_t(day_) * 64600 / ndays_;
            if (target > reel_) {
                reel_ = target;
                frame_ = 0;
            }
            frame_ += 1 + rng_.below(rng_.chance(900000) ? 4 : 40);
            if (frame_ > 9999) {
                ++reel_;
                frame_ = 1;
            }
            std::snprintf(buf, sizeof buf, "%06llu/%04llu", static_cast<unsigned long long>(reel_),
                          static_cast<unsigned long long>(frame_));
        } else {
            d_number_ += 1 + rng_.below(3);
            std::snprintf(buf, sizeof buf, "D%09llu", static_cast<unsigned long long>(d_number_));
        }
        deal_ = buf;
        return deal_;
    }

    uint32_t new_patent(uint32_t owner) {
        // Numbers grow with the (issue) date; issue about 2.5 years after filing.
        const uint64_t d = std::min<uint64_t>(day_ + 900, ndays_);
        const uint64_t D = ndays_;
        uint32_t number;
        if (rng_.chance(20000)) {
            const uint64_t base = 243000 + 820000 * d * (d + D) / (2 * D * D);
            last_design_ = std::max<uint64_t>(last_design_ + 1, base + rng_.below(200));
            number = static_cast<uint32_t>(last_design_) | kDesignFlag;
        } else {
            const uint64_t base = 3930000 + 8100000 * d * (d + D) / (2 * D * D);
            last_utility_ = std::max<uint64_t>(last_utility_ + 1, base + rng_.below(1000));
            number = static_cast<uint32_t>(last_utility_);
        }
        const uint32_t idx = static_cast<uint32_t>(number_.size());
        number_.push_back(number);
        owner_.push_back(owner);
        if (opt_.uspto) filed_.push_back(static_cast<uint16_t>(day_));
        portfolio_[owner].push_back(idx);
        return idx;
    }

    // Pick k random patents of company c to the end of its portfolio vector; returns
    // the index of the first picked element.
    size_t pick_tail(uint32_t c, size_t k) {
        auto& pf = portfolio_[c];
        const size_t n = pf.size();
        for (size_t j = 0; j < k; ++j) {
            const size_t last = n - 1 - j;
            std::swap(pf[rng_.below(last + 1)], pf[last]);
        }
        return n - k;
    }

    // ---- row output ---------------------------------------------------------
    struct Row {
        std::string deal, from, to;
        uint32_t day = 0, patent = 0, patent_idx = 0;
        uint8_t kind = 0, caps = 0;
        bool compact = false;
    };

    bool full() const { return rows_ >= opt_.rows; }

    bool emit(uint32_t day, Kind kind, std::string_view from, std::string_view to, uint32_t patent_idx) {
        if (full()) return false;
        Row* slot;
        if (opt_.uspto) {  // held until the deal is complete: see flush_deal()
            if (npending_ == pending_.size()) pending_.emplace_back();
            slot = &pending_[npending_++];
        } else {
            slot = &ring_[ring_next_];
            ring_next_ = (ring_next_ + 1) % kRing;
            ring_fill_ = std::min(ring_fill_ + 1, kRing);
        }
        Row& r = *slot;
        r.deal = deal_;
        r.from = from;
        r.to = to;
        r.day = day;
        r.patent = number_[patent_idx];
        r.patent_idx = patent_idx;
        r.kind = kind;
        r.compact = rng_.chance(20000);
        r.caps = rng_.chance(10000) ? static_cast<uint8_t>(1 + rng_.below(2)) : 0;
        if (opt_.uspto) {
            ++rows_;
            return true;
        }
        render(r, 0);
        if (opt_.bad_ppm && !full() && rng_.chance(opt_.bad_ppm)) noisy_row();
        return true;
    }

    // A copy of a recent valid row: exact duplicate, or one non-key field corrupted.
    void noisy_row() {
        const Row& r = ring_[(ring_next_ + kRing - 1 - rng_.below(ring_fill_)) % kRing];
        static const uint32_t kMode[4] = {40, 20, 20, 20};
        render(r, static_cast<int>(weighted(rng_, kMode)));
    }

    // mode: 0 = as is, 1 = impossible date, 2 = misspelt kind, 3 = empty from
    void render(const Row& r, int mode) {
        ++rows_;
        write_csv(r, r.deal, r.day, mode);
    }

    void write_csv(const Row& r, std::string_view deal, uint32_t day, int mode) {
        out_.put(deal);
        out_.put(',');
        if (mode == 1) {
            static const int kBad[][2] = {{2, 30}, {2, 31}, {4, 31}, {6, 31}, {9, 31}, {11, 31}, {13, 5}, {0, 12}, {7, 0}};
            const auto& md = kBad[rng_.below(std::size(kBad))];
            char buf[48];
            std::snprintf(buf, sizeof buf, r.compact ? "%04d%02d%02d" : "%04d-%02d-%02d", cal_.year(day), md[0], md[1]);
            out_.put(buf);
        } else {
            out_.put(r.compact ? cal_.compact(day) : cal_.iso(day));
        }
        out_.put(',');
        out_.put(mode == 2 ? kKindTypo[r.kind][rng_.below(2)] : kKindText[r.kind][r.caps]);
        out_.put(',');
        if (mode != 3) out_.put_csv(r.from);
        out_.put(',');
        out_.put_csv(r.to);
        out_.put(',');
        char buf[16];
        char* p = buf;
        *p++ = 'U';
        *p++ = 'S';
        if (r.patent & kDesignFlag) *p++ = 'D';
        p = std::to_chars(p, buf + sizeof buf, r.patent & ~kDesignFlag).ptr;
        *p++ = '\n';
        out_.put(std::string_view(buf, static_cast<size_t>(p - buf)));
    }

    // ---- USPTO records (uspto mode) ---------------------------------------------
    // A USPTO record is one deal of one kind and one date whose rows are all its assignors x assignees x
    // properties. flush_deal() writes the pending deal's rows as such records, to the CSV and the XML alike:
    // the rows of one kind to one assignee make one record when they are the full cross product of their
    // assignors (each with one execution date) and patents, as an employer deal's inventors x patent is;
    // otherwise (a cross-licence is two directions) each (kind, assignee, assignor, date) makes a record.
    // Each record is a deal of its own, named by its reel/frame as patlap names it ("10000/0001": reels from
    // 10000, frames 1 to 9999), and all its CSV rows carry the record's date, the latest execution date.
    void flush_deal() {
        const size_t n = npending_;
        npending_ = 0;
        if (n == 0) return;
        const auto& rows = pending_;
        // Group by (kind, assignee) in order of first appearance; rows keep their order inside a group.
        group_of_.assign(n, 0);
        size_t groups = 0;
        for (size_t i = 0; i < n; ++i) {
            size_t g = 0;
            while (g < groups && !(rows[group_rep_[g]].kind == rows[i].kind && rows[group_rep_[g]].to == rows[i].to)) ++g;
            if (g == groups) {
                if (group_rep_.size() == groups) group_rep_.emplace_back();
                group_rep_[groups++] = i;
            }
            group_of_[i] = g;
        }
        order_.resize(n);
        for (size_t i = 0; i < n; ++i) order_[i] = i;
        std::stable_sort(order_.begin(), order_.end(), [&](size_t a, size_t b) { return group_of_[a] < group_of_[b]; });
        for (size_t b = 0; b < n;) {
            size_t e = b;
            while (e < n && group_of_[order_[e]] == group_of_[order_[b]]) ++e;
            record_group(b, e);
            b = e;
        }
    }

    // Rows order_[b, e): one kind, one assignee.
    void record_group(size_t b, size_t e) {
        const auto& rows = pending_;
        auto same_assignor = [&](size_t x, size_t y) { return rows[x].from == rows[y].from && rows[x].day == rows[y].day; };
        // By patent (stable): each patent's run of rows must list the same assignors (with dates) as the first.
        std::stable_sort(order_.begin() + b, order_.begin() + e,
                         [&](size_t x, size_t y) { return rows[x].patent_idx < rows[y].patent_idx; });
        auto run_end = [&](size_t r) {
            size_t s = r;
            while (s < e && rows[order_[s]].patent_idx == rows[order_[r]].patent_idx) ++s;
            return s;
        };
        const size_t na = run_end(b) - b;
        bool cross = true;
        for (size_t r = b; cross && r < e;) {
            const size_t s = run_end(r);
            cross = s - r == na;
            for (size_t k = 0; cross && k < na; ++k) cross = same_assignor(order_[r + k], order_[b + k]);
            r = s;
        }
        if (cross) {
            assignors_.assign(order_.begin() + b, order_.begin() + b + na);
            properties_.clear();
            for (size_t r = b; r < e; r += na) properties_.push_back(order_[r]);
            write_record(b, e);
            return;
        }
        // One record per (assignor, date), its properties in row order (repeats kept: each is a row).
        std::stable_sort(order_.begin() + b, order_.begin() + e, [&](size_t x, size_t y) {
            return rows[x].from != rows[y].from ? rows[x].from < rows[y].from : rows[x].day < rows[y].day;
        });
        for (size_t r = b; r < e;) {
            size_t s = r;
            while (s < e && same_assignor(order_[s], order_[r])) ++s;
            assignors_.assign(1, order_[r]);
            properties_.assign(order_.begin() + r, order_.begin() + s);
            write_record(r, s);
            r = s;
        }
    }

    // One record: rows order_[b, e) (all of assignors_ x properties_ x their one assignee).
    void write_record(size_t b, size_t e) {
        const auto& rows = pending_;
        const uint64_t reel = 10000 + records_ / 9999, frame = records_ % 9999 + 1;
        ++records_;
        char id[32];
        std::snprintf(id, sizeof id, "%llu/%04llu", static_cast<unsigned long long>(reel),
                      static_cast<unsigned long long>(frame));
        uint32_t date = 0;
        for (size_t i : assignors_) date = std::max(date, rows[i].day);
        for (size_t r = b; r < e; ++r) write_csv(rows[order_[r]], id, date, 0);
        if (!xml_ && !pad_) return;
        // Drawn in this order whatever is written, so that the XML is the same with or without the PAD.
        Decoration d;
        d.recorded = std::min<uint32_t>(ndays_ - 1, date + static_cast<uint32_t>(deco_.between(1, 90)));
        d.pages = static_cast<unsigned>(deco_.between(2, 3 + properties_.size() / 50));
        d.correspondent = static_cast<size_t>(deco_.below(std::size(kCorrespondent)));
        if (xml_) write_xml(reel, frame, d);
        if (pad_) write_pad(reel, frame, d);
    }

    // What a record's XML and PAD rows show beyond its transfers.
    struct Decoration {
        uint32_t recorded = 0;  // day recorded
        unsigned pages = 0;
        size_t correspondent = 0;
    };

    // An assignee's address, made up from its name (the same in the XML and the PAD).
    struct Address {
        std::string street, postcode;
        const Place* place;
    };
    Address address_of(std::string_view name) const {
        const uint64_t h = hash_text(name);
        Address a;
        a.place = &kPlaces[h % std::size(kPlaces)];
        char buf[64];
        std::snprintf(buf, sizeof buf, "%u %s", static_cast<unsigned>(1 + (h >> 8) % 9999),
                      kStreet[(h >> 24) % std::size(kStreet)]);
        a.street = buf;
        uint64_t postcode_range = 1;
        for (int i = 0; i < a.place->postcode_digits; ++i) postcode_range *= 10;
        std::snprintf(buf, sizeof buf, "%0*llu", a.place->postcode_digits,
                      static_cast<unsigned long long>((h >> 32) % postcode_range));
        a.postcode = buf;
        return a;
    }

    // A property's numbers and dates, as write_property and the PAD's documentid table give them.
    struct Property {
        char application[16], publication[16], grant[16];
        const char* grant_kind;
        uint32_t filed, published, granted;
        bool has_publication;
        std::string title;
    };
    Property property_of(const Row& r) const {
        const uint32_t idx = r.patent_idx;
        const uint64_t h = mix64(idx ^ (opt_.seed << 32));
        const bool design = r.patent & kDesignFlag;
        Property p{};
        p.filed = filed_[idx];
        std::snprintf(p.application, sizeof p.application, "%02u%06u", 7 + idx / 1000000, idx % 1000000);
        p.has_publication = !design && p.filed >= first_2001_;
        p.published = std::min<uint32_t>(ndays_ - 1, p.filed + 548);
        if (p.has_publication) std::snprintf(p.publication, sizeof p.publication, "%04d%07u", cal_.year(p.published), idx % 10000000);
        char* q = p.grant;
        if (design) *q++ = 'D';
        q = std::to_chars(q, p.grant + 15, r.patent & ~kDesignFlag).ptr;
        *q = '\0';
        p.grant_kind = design ? "S" : (h & 3) == 0 ? "B1" : "B2";
        p.granted = std::min<uint32_t>(ndays_ - 1, p.filed + 700 + static_cast<uint32_t>(h >> 8) % 500);
        p.title = std::string(kTitleOpen[(h >> 20) % std::size(kTitleOpen)]) + " " +
                  kTitleAction[(h >> 28) % std::size(kTitleAction)] + " " + kTitleObject[(h >> 36) % std::size(kTitleObject)];
        return p;
    }

    // ---- the Patent Assignment Dataset's tables (--pad) --------------------------
    // One record: a row of assignment and assignment_conveyance, a row of assignor per assignor, one of assignee,
    // and one of documentid per property. rf_id is the record's number from 1; columns as the PAD's own files.
    void write_pad(uint64_t reel, uint64_t frame, const Decoration& d) {
        PadWriters& t = *pad_;
        const Row& first = pending_[assignors_[0]];
        const std::string rf_id = std::to_string(records_);
        const auto& corr = kCorrespondent[d.correspondent];
        static const char* const kConveyType[9] = {"assignment", "assignment", "merger", "namechg", "correct",
                                                   "security",   "release",    "license", "other"};
        put_row(t.assignment, {rf_id, "1", corr[0], corr[1], corr[2], "", "", std::to_string(reel), std::to_string(frame),
                               first.kind == kEmployer ? kConveyance[kAssignment] : kConveyance[first.kind],
                               cal_.iso(d.recorded), cal_.iso(d.recorded), std::to_string(d.pages), "N"});
        put_row(t.conveyance, {rf_id, kConveyType[first.kind], first.kind == kEmployer ? "1" : "0"});
        for (size_t i : assignors_) put_row(t.assignor, {rf_id, pending_[i].from, cal_.iso(pending_[i].day), ""});
        const Address address = address_of(first.to);
        put_row(t.assignee, {rf_id, first.to, address.street, "", address.place->city, address.place->state,
                             address.postcode, address.place->country});
        for (size_t i : properties_) {
            const Property p = property_of(pending_[i]);
            put_row(t.documentid, {rf_id, p.title, "en", p.application, cal_.iso(p.filed), "US",
                                   p.has_publication ? p.publication : "", p.has_publication ? cal_.iso(p.published) : "",
                                   p.has_publication ? "US" : "", p.grant, cal_.iso(p.granted), "US"});
        }
    }

    // One CSV row: each field quoted where RFC 4180 needs it, joined by commas.
    static void put_row(Writer& w, std::initializer_list<std::string_view> fields) {
        bool first = true;
        for (std::string_view field : fields) {
            if (!first) w.put(',');
            first = false;
            w.put_csv(field);
        }
        w.put('\n');
    }

    void xml_date(Writer& x, const char* indent, const char* element, uint32_t day) {
        x.put(indent);
        x.put('<');
        x.put(element);
        x.put(">\n");
        x.put(indent);
        x.put("  <date>");
        x.put(cal_.compact(day));
        x.put("</date>\n");
        x.put(indent);
        x.put("</");
        x.put(element);
        x.put(">\n");
    }

    void xml_text(Writer& x, std::string_view indent_and_open, std::string_view text, std::string_view close) {
        x.put(indent_and_open);
        x.put_xml(text);
        x.put(close);
    }

    void write_xml(uint64_t reel, uint64_t frame, const Decoration& d) {
        Writer& x = *xml_;
        const Row& first = pending_[assignors_[0]];
        const uint32_t recorded = d.recorded;
        char buf[64];
        x.put("    <patent-assignment>\n      <assignment-record>\n        <reel-no>");
        x.put(std::string_view(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, reel).ptr - buf)));
        x.put("</reel-no>\n        <frame-no>");
        x.put(std::string_view(buf, static_cast<size_t>(std::to_chars(buf, buf + sizeof buf, frame).ptr - buf)));
        x.put("</frame-no>\n");
        xml_date(x, "        ", "last-update-date", recorded);
        x.put("        <purge-indicator>N</purge-indicator>\n");
        xml_date(x, "        ", "recorded-date", recorded);
        std::snprintf(buf, sizeof buf, "        <page-count>%u</page-count>\n", d.pages);
        x.put(buf);
        const auto& corr = kCorrespondent[d.correspondent];
        xml_text(x, "        <correspondent>\n          <name>", corr[0], "</name>\n");
        xml_text(x, "          <address-1>", corr[1], "</address-1>\n");
        xml_text(x, "          <address-2>", corr[2], "</address-2>\n        </correspondent>\n");
        xml_text(x, "        <conveyance-text>", kConveyance[first.kind],
                 "</conveyance-text>\n      </assignment-record>\n      <patent-assignors>\n");
        for (size_t i : assignors_) {
            xml_text(x, "        <patent-assignor>\n          <name>", pending_[i].from, "</name>\n");
            xml_date(x, "          ", "execution-date", pending_[i].day);
            x.put("        </patent-assignor>\n");
        }
        x.put("      </patent-assignors>\n      <patent-assignees>\n");
        xml_text(x, "        <patent-assignee>\n          <name>", first.to, "</name>\n");
        const Address address = address_of(first.to);
        const Place& place = *address.place;
        xml_text(x, "          <address-1>", address.street, "</address-1>\n");
        xml_text(x, "          <city>", place.city, "</city>\n");
        if (*place.state) xml_text(x, "          <state>", place.state, "</state>\n");
        if (*place.country) xml_text(x, "          <country-name>", place.country, "</country-name>\n");
        xml_text(x, "          <postcode>", address.postcode, "</postcode>\n        </patent-assignee>\n");
        x.put("      </patent-assignees>\n      <patent-properties>\n");
        for (size_t i : properties_) write_property(x, pending_[i]);
        x.put("      </patent-properties>\n    </patent-assignment>\n");
    }

    // A property as the daily files have it: the application (X0), its publication (A1, for utility
    // applications filed from 2001 on), the grant (B1/B2, S for designs), and a title. The application
    // number is unique per patent (series from 07 up, then a six-digit serial); patlap keys the property
    // by the grant number, so US + doc-number is the CSV's patent.
    void write_property(Writer& x, const Row& r) {
        const Property p = property_of(r);
        x.put("        <patent-property>\n");
        write_document_id(x, p.application, "X0", p.filed);
        if (p.has_publication) write_document_id(x, p.publication, "A1", p.published);
        write_document_id(x, p.grant, p.grant_kind, p.granted);
        x.put("          <invention-title lang=\"en\">");
        x.put(p.title);
        x.put("</invention-title>\n        </patent-property>\n");
    }

    void write_document_id(Writer& x, const char* number, const char* kind, uint32_t day) {
        x.put("          <document-id>\n            <country>US</country>\n            <doc-number>");
        x.put(number);
        x.put("</doc-number>\n            <kind>");
        x.put(kind);
        x.put("</kind>\n            <date>");
        x.put(cal_.compact(day));
        x.put("</date>\n          </document-id>\n");
    }

    // ---- events -------------------------------------------------------------
    // A new patent: 1-4 inventors assign it to their employer.
    void employer() {
        const uint32_t c = zipf_company();
        const uint32_t pat = new_patent(c);
        new_deal();
        const std::string& to = spelling(companies_[c]);
        static const uint32_t kInventors[4] = {30, 30, 22, 18};
        const size_t n = 1 + weighted(rng_, kInventors);
        const bool spread = rng_.chance(500000);  // inventors sign on different days
        for (size_t i = 0; i < n; ++i) {
            const uint32_t d = spread ? days_back(day_, 45) : day_;
            if (!emit(d, kEmployer, names_.person(), to, pat)) return;
        }
    }

    // Portfolio sale: patents move from the seller to the buyer.
    bool sale() {
        uint32_t seller;
        if (!holder(650000, seller)) return false;
        auto& pf = portfolio_[seller];
        size_t k = deal_size();
        if (pf.size() <= opt_.max_deal && rng_.chance(80000)) k = pf.size();  // sells out
        k = std::min(k, pf.size());
        const uint32_t buyer = counterparty(seller);
        if (companies_[buyer].birth > day_) companies_[buyer].birth = day_;
        const size_t first = pick_tail(seller, k);
        new_deal();
        const std::string from = spelling(companies_[seller]);
        const std::string to = spelling(companies_[buyer]);
        for (size_t i = first; i < pf.size(); ++i) {
            const uint32_t pat = pf[i];
            owner_[pat] = buyer;
            portfolio_[buyer].push_back(pat);
            emit(day_, kAssignment, from, to, pat);
        }
        pf.resize(first);
        return true;
    }

    // Security interest over part of a portfolio; usually released years later.
    bool security() {
        uint32_t c;
        if (!holder(700000, c)) return false;
        auto& pf = portfolio_[c];
        size_t k = opt_.whole_record || rng_.chance(500000) ? deal_size()
                                       : std::max<size_t>(1, pf.size() * rng_.between(10, 100) / 100);
        k = std::min({k, pf.size(), size_t(opt_.max_deal)});
        const size_t first = pick_tail(c, k);
        const uint32_t lender = zipf_pick(rng_, lender_cum_);
        new_deal();
        const std::string company = spelling(companies_[c]);
        const std::string& to = spelling(lenders_[lender]);
        for (size_t i = first; i < pf.size(); ++i) emit(day_, kSecurity, company, to, pf[i]);
        if (rng_.chance(800000)) {
            const uint32_t when = day_ + static_cast<uint32_t>(rng_.between(90, 2600));
            if (when < ndays_) {
                liens_.push_back(Lien{when, lien_seq_++, lender, company,
                                      std::vector<uint32_t>(pf.begin() + first, pf.end())});
                std::push_heap(liens_.begin(), liens_.end(), LienLater{});
            }
        }
        return true;
    }

    void release_due() {
        while (!liens_.empty() && liens_.front().release_day <= day_ && !full()) {
            std::pop_heap(liens_.begin(), liens_.end(), LienLater{});
            Lien lien = std::move(liens_.back());
            liens_.pop_back();
            new_deal();
            const std::string& from = spelling(lenders_[lien.lender]);
            for (uint32_t pat : lien.patents) emit(lien.release_day, kRelease, from, lien.company, pat);
        }
    }

    // Licence (one way) or cross-licence (both ways under one deal).
    bool license() {
        uint32_t a;
        if (!holder(750000, a)) return false;
        new_deal();
        if (rng_.chance(250000)) {
            uint32_t b = a;
            for (int tries = 0; tries < 8 && b == a; ++tries) b = owner_of_random_patent();
            if (b != a) {
                const std::string na = spelling(companies_[a]);
                const std::string nb = spelling(companies_[b]);
                license_rows(a, na, nb, std::min<uint32_t>(10000, opt_.max_deal));
                license_rows(b, nb, na, std::min<uint32_t>(10000, opt_.max_deal));
                return true;
            }
        }
        const uint32_t b = counterparty(a);
        const std::string na = spelling(companies_[a]);
        license_rows(a, na, spelling(companies_[b]), opt_.max_deal);
        return true;
    }
    void license_rows(uint32_t licensor, const std::string& from, const std::string& to, uint32_t cap) {
        auto& pf = portfolio_[licensor];
        const size_t k = std::min<size_t>(heavy_size(rng_, cap), pf.size());
        const size_t first = pick_tail(licensor, k);
        for (size_t i = first; i < pf.size(); ++i) emit(day_, kLicense, from, to, pf[i]);
    }

    // A smaller company is absorbed; its slot is later reused by a new company.
    bool merger() {
        if (owner_.empty()) return false;
        uint32_t gone = 0;
        bool found = false;
        for (int tries = 0; tries < 16 && !found; ++tries) {
            gone = static_cast<uint32_t>(rng_.below(companies_.size()));
            found = !portfolio_[gone].empty() && portfolio_[gone].size() <= opt_.max_deal;
        }
        if (!found) return false;
        const uint32_t into = counterparty(gone);
        if (companies_[into].birth > day_) companies_[into].birth = day_;
        new_deal();
        const std::string from = spelling(companies_[gone]);
        const std::string to = spelling(companies_[into]);
        for (uint32_t pat : portfolio_[gone]) {
            owner_[pat] = into;
            portfolio_[into].push_back(pat);
            emit(day_, kMerger, from, to, pat);
        }
        portfolio_[gone].clear();
        companies_[gone].spellings = names_.company();
        companies_[gone].birth =
            gone < 50 ? day_ : std::min<uint32_t>(ndays_, day_ + static_cast<uint32_t>(rng_.between(1, 3650)));
        return true;
    }

    // Whole portfolio recorded under the company's new name.
    bool name_change() {
        uint32_t c;
        if (!holder(500000, c) || portfolio_[c].size() > opt_.max_deal) return false;
        new_deal();
        const std::string from = spelling(companies_[c]);
        companies_[c].spellings = names_.company();
        const std::string& to = companies_[c].spellings[0];
        for (uint32_t pat : portfolio_[c]) emit(day_, kNameChange, from, to, pat);
        return true;
    }

    // Corrective assignment re-recording 1-3 patents to their current owner.
    bool correction() {
        uint32_t c;
        if (!holder(500000, c)) return false;
        const size_t k = std::min<size_t>(rng_.between(1, 3), portfolio_[c].size());
        const size_t first = pick_tail(c, k);
        new_deal();
        const std::string from = rng_.chance(600000) ? names_.person() : spelling(companies_[counterparty(c)]);
        const std::string to = spelling(companies_[c]);
        const auto& pf = portfolio_[c];
        for (size_t i = first; i < pf.size(); ++i) emit(day_, kCorrection, from, to, pf[i]);
        return true;
    }

    bool other() {
        uint32_t c;
        if (!holder(500000, c)) return false;
        const size_t k = std::min<size_t>(rng_.between(1, 3), portfolio_[c].size());
        const size_t first = pick_tail(c, k);
        new_deal();
        const std::string from = spelling(companies_[c]);
        const std::string to = rng_.chance(500000) ? names_.person() : spelling(companies_[counterparty(c)]);
        const auto& pf = portfolio_[c];
        for (size_t i = first; i < pf.size(); ++i) emit(day_, kOther, from, to, pf[i]);
        return true;
    }

    const Options& opt_;
    Writer& out_;
    Writer* xml_;
    PadWriters* pad_;
    Rng rng_;
    Rng deco_;  // the XML's decoration only (dates of record, correspondents), so the CSV does not depend on it
    NameFactory names_;
    Calendar cal_;
    uint32_t ndays_;
    uint32_t day_ = 0;
    uint64_t rows_ = 0;
    uint64_t events_[8] = {};
    uint64_t cat_rows_[8] = {};

    std::vector<Party> companies_, lenders_;
    std::vector<std::vector<uint32_t>> portfolio_;  // patent indices per company
    std::vector<uint64_t> company_cum_, lender_cum_;
    std::vector<uint32_t> number_;  // patent index -> number (kDesignFlag for designs)
    std::vector<uint32_t> owner_;   // patent index -> company
    uint64_t last_utility_ = 0, last_design_ = 0;

    std::vector<Lien> liens_;  // heap ordered by LienLater
    uint64_t lien_seq_ = 0;

    std::string deal_;
    uint64_t reel_ = 0, frame_ = 0, d_number_ = 0;

    std::vector<Row> ring_ = std::vector<Row>(kRing);
    size_t ring_next_ = 0, ring_fill_ = 0;

    // uspto mode: the current deal's rows (pending_[0, npending_)), and scratch space of flush_deal().
    std::vector<Row> pending_;
    size_t npending_ = 0;
    std::vector<size_t> group_of_, group_rep_, order_, assignors_, properties_;
    uint64_t records_ = 0;           // records written so far
    std::vector<uint16_t> filed_;    // patent index -> day it was created (its filing date in the XML)
    uint32_t first_2001_ = 0;        // day index of 2001-01-01
};

// ---------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------

const char kUsage[] =
    "usage: patlap-gen --rows N [--seed S] [--bad-rate R] [--uspto] [--xml FILE] [--pad DIR] [-o FILE]\n"
    "\n"
    "Writes a synthetic, deterministic patent transfer CSV with exactly N data rows\n"
    "(header: deal,date,kind,from,to,patent) to FILE or standard output.\n"
    "\n"
    "  --rows N       number of data rows (1 .. 2000000000), required\n"
    "  --seed S       random seed (unsigned 64-bit integer, default 1)\n"
    "  --bad-rate R   fraction of noisy rows, 0 .. 0.5 (default 0.005; 0 with --uspto)\n"
    "  --uspto        data a USPTO assignment XML can hold: every deal is one recorded\n"
    "                 conveyance (one kind, one date, rows = assignors x assignees x\n"
    "                 patents) named by its reel/frame as patlap names it (10000/0001),\n"
    "                 and no noisy rows\n"
    "  --xml FILE     also write the same deals as USPTO assignment XML (the daily\n"
    "                 files' form, root <us-patent-assignments>); implies --uspto\n"
    "  --pad DIR      also write them as the Patent Assignment Dataset's CSV tables\n"
    "                 (assignment.csv, assignor.csv, assignee.csv, documentid.csv,\n"
    "                 assignment_conveyance.csv) in DIR, made if missing; implies --uspto\n"
    "  --whole-record the mix of the whole US record, for --pad and --xml: about 60% of\n"
    "                 the records inventor assignments, deals of at most 1,100 patents\n"
    "                 (the default mix has more inventor records, deals up to 20,000)\n"
    "  -o FILE        output file (default: standard output)\n"
    "  -h, --help     show this help\n";

// The employer assignments' share of rows that makes about 60% of the records inventor assignments.
constexpr uint32_t kWholeRecordEmployerShare = 3800;

[[noreturn]] void usage_error(const std::string& msg) {
    std::fprintf(stderr, "patlap-gen: %s\n\n%s", msg.c_str(), kUsage);
    std::exit(2);
}

bool parse_u64(std::string_view s, uint64_t& v) {
    if (s.empty()) return false;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    return ec == std::errc() && p == s.data() + s.size();
}

// Decimal fraction "0.005", ".01", "1e-3" style handled by strtod; converted to ppm.
bool parse_rate(const std::string& s, uint32_t& ppm) {
    if (s.empty()) return false;
    char* end = nullptr;
    const double r = std::strtod(s.c_str(), &end);
    if (*end != '\0' || !(r >= 0.0 && r <= 0.5)) return false;
    ppm = static_cast<uint32_t>(r * 1e6 + 0.5);
    return true;
}

Options parse_args(int argc, char** argv) {
    Options opt;
    bool have_rows = false, have_bad_rate = false;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        std::string value;
        bool inline_value = false;
        if (arg.rfind("--", 0) == 0) {
            const size_t eq = arg.find('=');
            if (eq != std::string::npos) {
                value = arg.substr(eq + 1);
                arg = arg.substr(0, eq);
                inline_value = true;
            }
        }
        if (arg == "-h" || arg == "--help") {
            std::fputs(kUsage, stdout);
            std::exit(0);
        }
        if (arg == "--uspto") {
            if (inline_value) usage_error("--uspto takes no value");
            opt.uspto = true;
            continue;
        }
        if (arg == "--whole-record") {
            if (inline_value) usage_error("--whole-record takes no value");
            opt.employer_share = kWholeRecordEmployerShare;
            opt.max_deal = 1100;
            opt.whole_record = true;
            continue;
        }
        const bool takes_value = arg == "--rows" || arg == "--seed" || arg == "--bad-rate" || arg == "-o" ||
                                 arg == "--output" || arg == "--xml" || arg == "--pad";
        if (!takes_value) usage_error("unknown argument '" + std::string(argv[i]) + "'");
        if (!inline_value) {
            if (i + 1 >= argc) usage_error("missing value for " + arg);
            value = argv[++i];
        }
        if (arg == "--rows") {
            if (!parse_u64(value, opt.rows) || opt.rows < 1 || opt.rows > 2000000000ULL)
                usage_error("--rows needs an integer between 1 and 2000000000, got '" + value + "'");
            have_rows = true;
        } else if (arg == "--seed") {
            if (!parse_u64(value, opt.seed)) usage_error("--seed needs an unsigned integer, got '" + value + "'");
        } else if (arg == "--bad-rate") {
            if (!parse_rate(value, opt.bad_ppm)) usage_error("--bad-rate needs a number between 0 and 0.5, got '" + value + "'");
            have_bad_rate = true;
        } else if (arg == "--pad") {
            if (value.empty()) usage_error("--pad needs a folder name");
            opt.pad = value;
            opt.uspto = true;
        } else if (arg == "--xml") {
            if (value.empty()) usage_error("--xml needs a file name");
            opt.xml = value;
            opt.uspto = true;
        } else {
            if (value.empty()) usage_error("-o needs a file name");
            opt.out = value;
        }
    }
    if (!have_rows) usage_error("--rows is required");
    if (opt.uspto) {
        // Noisy rows are not records of a USPTO file; the XML could not hold them.
        if (have_bad_rate && opt.bad_ppm != 0) usage_error("--bad-rate must be 0 with --uspto, --xml or --pad");
        opt.bad_ppm = 0;
        if (!opt.xml.empty() && opt.xml == opt.out) usage_error("--xml and -o name the same file");
    }
    return opt;
}

}  // namespace

namespace {

FILE* open_output(const std::string& path) {
    if (path.empty()) return stdout;
    FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) {
        std::fprintf(stderr, "patlap-gen: cannot open '%s' for writing: %s\n", path.c_str(), std::strerror(errno));
        std::exit(1);
    }
    return f;
}

bool close_output(FILE* f) {
    const bool failed = std::ferror(f) != 0;
    return (f == stdout ? std::fflush(f) : std::fclose(f)) == 0 && !failed;
}

}  // namespace

int main(int argc, char** argv) {
    const Options opt = parse_args(argc, argv);
    FILE* f = open_output(opt.out);
    FILE* xf = opt.xml.empty() ? nullptr : open_output(opt.xml);
    std::vector<FILE*> tables;  // assignment, assignor, assignee, documentid, assignment_conveyance
    if (!opt.pad.empty()) {
        if (mkdir(opt.pad.c_str(), 0777) != 0 && errno != EEXIST) {
            std::fprintf(stderr, "patlap-gen: cannot make '%s': %s\n", opt.pad.c_str(), std::strerror(errno));
            return 1;
        }
        for (const char* name : {"assignment", "assignor", "assignee", "documentid", "assignment_conveyance"})
            tables.push_back(open_output(opt.pad + "/" + name + ".csv"));
    }
    {
        Writer out(f);
        std::unique_ptr<Writer> xml;
        if (xf) xml = std::make_unique<Writer>(xf);
        std::unique_ptr<PadWriters> pad;
        if (!tables.empty()) pad = std::make_unique<PadWriters>(tables[0], tables[1], tables[2], tables[3], tables[4]);
        Simulation sim(opt, out, xml.get(), pad.get());
        sim.run();
    }
    bool ok = close_output(f);
    for (FILE* table : tables) ok = close_output(table) && ok;
    if (!(xf ? close_output(xf) : true) || !ok) {
        std::fprintf(stderr, "patlap-gen: write error: %s\n", std::strerror(errno));
        return 1;
    }
    return 0;
}
