#include "model/date.h"

#include <fmt/format.h>

namespace patlap {
namespace {

bool is_leap_year(unsigned year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

unsigned days_in_month(unsigned year, unsigned month) {
    static constexpr unsigned days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap_year(year) ? 29 : days[month - 1];
}

bool read_digits(std::string_view text, std::size_t pos, std::size_t count, unsigned& value) {
    value = 0;
    for (std::size_t i = pos; i < pos + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return false;
        value = value * 10 + unsigned(text[i] - '0');
    }
    return true;
}

// A time of day after a date, as exports write one: `T` or a space, then HH:MM, optional :SS and fraction, and an
// optional zone (Z, or +HH:MM / -HH:MM / +HHMM). The date is the day as written: the zone moves no day.
bool is_time_of_day(std::string_view text) {
    if (text.size() < 6 || (text[0] != 'T' && text[0] != ' ')) return false;
    unsigned hour, minute, second = 0;
    if (!read_digits(text, 1, 2, hour) || text[3] != ':' || !read_digits(text, 4, 2, minute)) return false;
    std::size_t i = 6;
    if (i < text.size() && text[i] == ':') {
        if (i + 3 > text.size() || !read_digits(text, i + 1, 2, second)) return false;
        i += 3;
        if (i < text.size() && (text[i] == '.' || text[i] == ',')) {
            std::size_t digits = ++i;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
            if (i == digits) return false;
        }
    }
    if (hour > 23 || minute > 59 || second > 60) return false;  // 60: a leap second
    std::string_view zone = text.substr(i);
    if (zone.empty() || zone == "Z") return true;
    unsigned zone_hour, zone_minute;
    if (zone[0] != '+' && zone[0] != '-') return false;
    if (zone.size() == 6 && zone[3] == ':')
        return read_digits(zone, 1, 2, zone_hour) && read_digits(zone, 4, 2, zone_minute) && zone_hour <= 23 &&
               zone_minute <= 59;
    if (zone.size() == 5) return read_digits(zone, 1, 2, zone_hour) && read_digits(zone, 3, 2, zone_minute) &&
                                 zone_hour <= 23 && zone_minute <= 59;
    return zone.size() == 3 && read_digits(zone, 1, 2, zone_hour) && zone_hour <= 23;
}

}  // namespace

std::optional<Date> parse_date(std::string_view text) {
    unsigned year, month, day;
    if (text.size() > 10 && text[4] == '-' && is_time_of_day(text.substr(10))) text = text.substr(0, 10);
    if (text.size() == 10) {
        if (text[4] != '-' || text[7] != '-') return std::nullopt;
        if (!read_digits(text, 0, 4, year) || !read_digits(text, 5, 2, month) || !read_digits(text, 8, 2, day))
            return std::nullopt;
    } else if (text.size() == 8) {
        if (!read_digits(text, 0, 4, year) || !read_digits(text, 4, 2, month) || !read_digits(text, 6, 2, day))
            return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (year == 0 || month < 1 || month > 12 || day < 1 || day > days_in_month(year, month)) return std::nullopt;
    return year * 10000 + month * 100 + day;
}

std::string format_date(Date date) {
    if (date == 0) return {};
    return fmt::format("{:04}-{:02}-{:02}", date / 10000, date / 100 % 100, date % 100);
}

std::int64_t day_number(Date date) {
    // Howard Hinnant's days_from_civil: years counted from March, so that the leap day ends a year.
    std::int64_t year = date / 10000, month = date / 100 % 100, day = date % 100;
    year -= month <= 2;
    const std::int64_t era = (year >= 0 ? year : year - 399) / 400;
    const std::int64_t year_of_era = year - era * 400;
    const std::int64_t day_of_year = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const std::int64_t day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146097 + day_of_era - 719468;
}

}  // namespace patlap
