package org.imroc.tracker.common.time;

import java.time.LocalDate;
import java.time.ZoneId;

/** Business dates (due dates, expiry dates) are days in England: "today" is today in Europe/London. */
public final class BusinessCalendar {

    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private BusinessCalendar() {}

    public static LocalDate today() {
        return LocalDate.now(ZONE);
    }
}
