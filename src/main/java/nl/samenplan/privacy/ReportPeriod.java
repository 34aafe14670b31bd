package nl.samenplan.privacy;

import java.time.Instant;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;

/** The days a report covers, from and to both included, as days in Amsterdam. */
public record ReportPeriod(LocalDate from, LocalDate to) {

    public ReportPeriod {
        if (from == null || to == null) {
            throw new BusinessRuleException("error.accessReport.periodMissing");
        }
        if (from.isAfter(to)) {
            throw new BusinessRuleException("error.accessReport.periodReversed");
        }
    }

    /** The first moment of the first day. */
    public Instant fromInstant() {
        return from.atStartOfDay(TimeConfig.ZONE).toInstant();
    }

    /** The first moment after the last day (exclusive). */
    public Instant toInstant() {
        return to.plusDays(1).atStartOfDay(TimeConfig.ZONE).toInstant();
    }

    @Override
    public String toString() {
        return DutchFormats.date(from) + " - " + DutchFormats.date(to);
    }
}
