// Throughput of the USPTO assignment XML reader: reads each file with UsptoXmlReader, counts what it yields, and
// prints the bytes of XML parsed (and of the file, when it is gzipped), the time, and MB of XML per second, by the
// clock and by the process's CPU time (steadier on a shared machine).
//
//   patlap-xml-throughput [--threads N] FILE...     (N parsers at once; 1, the default: one parser)
#include "base/errors.h"
#include "input/uspto/uspto_xml_reader.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: patlap-xml-throughput FILE...\n");
        return 2;
    }
    int status = 0;
    unsigned threads = 1;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--threads") == 0 && i + 1 < argc) {
            threads = unsigned(std::atoi(argv[++i]));
            continue;
        }
        try {
            auto start = std::chrono::steady_clock::now();
            std::clock_t cpu_start = std::clock();
            patlap::UsptoXmlReader reader(argv[i], threads);
            patlap::AssignmentRecord record;
            std::uint64_t records = 0, problems = 0, assignors = 0, assignees = 0, properties = 0;
            while (reader.next(record)) {
                ++records;
                problems += !record.problem.empty();
                assignors += record.assignors.size();
                assignees += record.assignees.size();
                properties += record.properties.size();
            }
            if (threads > 1)
                std::printf("%s: %s\n", argv[i], reader.read_in_pieces() ? "read in pieces" : "read by one parser");
            double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            double cpu_seconds = double(std::clock() - cpu_start) / CLOCKS_PER_SEC;
            double bytes = double(reader.xml_bytes());
            std::printf(
                "%s: %llu records (%llu with a problem), %llu assignors, %llu assignees, %llu properties; "
                "%.0f bytes of XML",
                argv[i], (unsigned long long)records, (unsigned long long)problems, (unsigned long long)assignors,
                (unsigned long long)assignees, (unsigned long long)properties, bytes);
            if (reader.bytes_read() != reader.xml_bytes())
                std::printf(" (%llu in the file)", (unsigned long long)reader.bytes_read());
            std::printf(" in %.3f s = %.1f MB/s (CPU time %.3f s = %.1f MB/s)\n", seconds,
                        seconds > 0 ? bytes / seconds / 1e6 : 0.0, cpu_seconds,
                        cpu_seconds > 0 ? bytes / cpu_seconds / 1e6 : 0.0);
        } catch (const patlap::InputError& e) {
            std::fprintf(stderr, "%s\n", e.what());
            status = 1;
        }
    }
    return status;
}
