package nl.samenplan.client;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/**
 * What the team types in a mantelzorger's check-in, with or for them: the date, the burden 0-10, four short
 * questions, an optional note, and after how many weeks the next check-in is due.
 */
public record BurdenCheckInData(@PlausibleDate LocalDate on, Integer score, CheckInAnswer sleepsEnough,
        CheckInAnswer timeForSelf, CheckInAnswer worries, Boolean wantsContact,
        @Size(max = ClientLimits.CHECK_IN_NOTE) String note, Integer intervalWeeks) {
}
