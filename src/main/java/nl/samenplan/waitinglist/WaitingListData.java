package nl.samenplan.waitinglist;

import java.time.LocalDate;

/** Putting a client on the waiting list: since when, for what, how urgent, the indication date, the first status. */
public record WaitingListData(LocalDate placedOn, WaitingListType type, WaitingUrgency urgency,
        LocalDate indicationDate, WaitingStatus status) {
}
