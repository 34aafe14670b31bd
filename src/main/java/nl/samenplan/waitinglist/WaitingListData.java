package nl.samenplan.waitinglist;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/** Putting a client on the waiting list: since when, for what, how urgent, the indication date, the first status. */
public record WaitingListData(
        @NotNull(message = "error.waitinglist.placedOnRequired") @PlausibleDate LocalDate placedOn,
        WaitingListType type, WaitingUrgency urgency, @PlausibleDate LocalDate indicationDate, WaitingStatus status) {
}
