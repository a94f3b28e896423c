// Fuzz target: the command line itself, options and their values. The input is split into argv words at newlines
// (the first word the command's name, or an option), parsed by the app exactly as main parses it, and no command is
// run, so no file is read. Every outcome must be a usage error (2), help or version (0), or a command ready to run;
// any other status, a crash or an exception out of the parser is a finding.
// fuzz-seeds: tests/fuzz/seeds/command_line/*
// fuzz-dict: tests/fuzz/command_line.dict
// fuzz-max-len: 512
#include "command_line.h"

#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::vector<std::string> words{"patlap"};
    std::string word;
    for (std::size_t i = 0; i < size; ++i) {
        char c = char(data[i]);
        if (c == '\n') {
            words.push_back(word);
            word.clear();
        } else if (c != '\0') {  // argv words end at a NUL
            word += c;
        }
    }
    if (!word.empty()) words.push_back(word);
    // A fresh app each input: CLI11 keeps what it parsed.
    auto line = patlap::cli::make_command_line();
    std::ostringstream out, err;
    std::optional<int> status = patlap::cli::parse_command_line(*line, words, out, err);
    if (status && *status != 0 && *status != 2) std::abort();
    if (status && *status == 2 && err.str().rfind("patlap: error: ", 0) != 0) std::abort();
    if (!status) {
        int parsed = 0;
        for (const auto& [command, run] : line->commands) parsed += command->parsed() ? 1 : 0;
        if (parsed != 1) std::abort();
    }
    return 0;
}
