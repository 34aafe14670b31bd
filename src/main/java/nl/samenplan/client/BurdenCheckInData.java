package nl.samenplan.client;

import java.time.LocalDate;

/**
 * What the team types in a mantelzorger's check-in, with or for them: the date, the burden 0-10, four short
 * questions, an optional note, and after how many weeks the next check-in is due.
 */
public record BurdenCheckInData(LocalDate on, Integer score, CheckInAnswer sleepsEnough, CheckInAnswer timeForSelf,
        CheckInAnswer worries, Boolean wantsContact, String note, Integer intervalWeeks) {
}
