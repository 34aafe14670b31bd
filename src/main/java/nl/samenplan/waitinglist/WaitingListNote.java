package nl.samenplan.waitinglist;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/** What the team types with a change of the waiting list: from which day, and a short note. */
public record WaitingListNote(@PlausibleDate LocalDate on, @Size(max = WaitingListLimits.NOTE) String note) {
}
