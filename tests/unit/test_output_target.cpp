#include "base/errors.h"
#include "output/output_target.h"
#include "temp_file.h"

#include <catch2/catch.hpp>

using namespace patlap;

TEST_CASE("the -o extension picks the format, and .gz compresses", "[output_target]") {
    TempDir dir;
    std::string folder = dir.path().string() + "/";
    OutputTarget plain = plan_output("", folder + "pairs.TSV", table_extensions());
    CHECK(plain.format == "tsv");
    CHECK_FALSE(plain.gzip);
    CHECK(plain.path == folder + "pairs.TSV");
    OutputTarget packed = plan_output("", folder + "pairs.jsonl.gz", table_extensions());
    CHECK(packed.format == "jsonl");
    CHECK(packed.gzip);
    CHECK(plan_output("json", folder + "pairs.json", table_extensions()).format == "json");
    CHECK(plan_output("", folder + "g.gv", graph_extensions()).format == "dot");
    CHECK(plan_output("", folder + "g.png", graph_extensions()).format == "png");
    CHECK(plan_output("", folder + "report.xlsx", table_extensions()).format == "xlsx");
}

TEST_CASE("a name without an extension, or standard output, takes --format", "[output_target]") {
    TempDir dir;
    CHECK(plan_output("", "-", table_extensions()).path.empty());
    CHECK(plan_output("tsv", "", table_extensions()).format == "tsv");
    CHECK(plan_output("", "/dev/null", table_extensions()).format.empty());
    OutputTarget hidden = plan_output("json", dir.path().string() + "/.report", table_extensions());
    CHECK(hidden.format == "json");
    OutputTarget packed = plan_output("", dir.path().string() + "/report.gz", table_extensions());
    CHECK(packed.format.empty());
    CHECK(packed.gzip);
}

TEST_CASE("an extension the command does not write, or one that disagrees with --format, is a usage error",
          "[output_target]") {
    using Catch::Contains;
    using Catch::StartsWith;
    CHECK_THROWS_AS(plan_output("", "x.txt", table_extensions()), UsageError);
    CHECK_THROWS_WITH(plan_output("", "x.txt", table_extensions()),
                      "-o x.txt: this command writes .csv, .tsv, .json, .jsonl or .xlsx files (with .gz on top to "
                      "compress them, as in .csv.gz), or a name without an extension; not .txt");
    CHECK_THROWS_WITH(plan_output("csv", "g.png", table_extensions()), Contains("not .png"));
    CHECK_THROWS_WITH(plan_output("", "g.txt.gz", graph_extensions()),
                      Contains(".dot, .gv, .graphml, .json, .svg or .png"));
    CHECK_THROWS_AS(plan_output("json", "x.csv", table_extensions()), UsageError);
    CHECK_THROWS_WITH(plan_output("json", "x.csv", table_extensions()),
                      "--format json and -o x.csv disagree: .csv is csv. Leave out one of them, or make them agree");
    CHECK_THROWS_WITH(plan_output("dot", "g.svg.gz", graph_extensions()),
                      StartsWith("--format dot and -o g.svg.gz disagree"));
}

TEST_CASE("a missing folder is an output error before anything is written", "[output_target]") {
    TempDir dir;
    std::string missing = dir.path().string() + "/nodir/x.csv";
    CHECK_THROWS_WITH(plan_output("", missing, table_extensions()),
                      missing + ": cannot write: there is no folder " + dir.path().string() +
                          "/nodir");
    std::string file = dir.write("plain", "");
    CHECK_THROWS_WITH(plan_output("", file + "/x.csv", table_extensions()),
                      file + "/x.csv: cannot write: " + file + " is not a folder");
    CHECK_THROWS_WITH(plan_output("csv", dir.path().string(), table_extensions()),
                      dir.path().string() + ": cannot write: it is a directory");
}
