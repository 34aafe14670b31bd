package nl.samenplan.workflow;

import java.time.LocalDate;

/** What an MDO record holds. */
public record MdoData(LocalDate heldOn, String participants, String conclusion, String homeAlternatives) {
}
