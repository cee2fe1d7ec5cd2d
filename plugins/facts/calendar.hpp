// The calendar arithmetic that checks the dates the host's Dates analysis finds.
#pragma once

#include <copydesk/document.hpp>

namespace facts {

/// 0 Monday .. 6 Sunday.
int weekday_of(int year, int month, int day);
int days_in_month(int year, int month);
const char* weekday_name(int index);
const char* month_name(int month);

}  // namespace facts
