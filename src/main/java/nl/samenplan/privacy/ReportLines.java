package nl.samenplan.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.samenplan.audit.AccessLogReader;
import nl.samenplan.security.PeopleService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * The lines of a client's access report with the display names, a page at a time: one query for the names per page
 * of the log, never one per line. Checks no access: {@link AccessReports} and {@link AvgExport} have.
 */
@Component
class ReportLines {

    /** The most lines a printed report or an export holds. */
    static final int MAX = 10_000;
    private static final int PAGE = 500;

    private final AccessLogReader log;
    private final PeopleService people;

    ReportLines(AccessLogReader log, PeopleService people) {
        this.log = log;
        this.people = people;
    }

    Page<ReportLine> page(long clientId, ReportPeriod period, Pageable pageable) {
        Page<AccessLogReader.Line> page = log.ofClient(clientId, period.fromInstant(), period.toInstant(), pageable);
        Map<Long, String> names = people.displayNames(page.stream().map(AccessLogReader.Line::userId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return page.map(line -> ReportLine.of(line, line.userId() == null ? null : names.get(line.userId()), null));
    }

    /** All lines of the period, newest first, at most {@link #MAX}. */
    List<ReportLine> all(long clientId, ReportPeriod period) {
        List<ReportLine> lines = new ArrayList<>();
        Pageable pageable = PageRequest.of(0, PAGE);
        while (lines.size() < MAX) {
            Page<ReportLine> part = page(clientId, period, pageable);
            lines.addAll(part.getContent());
            if (!part.hasNext()) {
                break;
            }
            pageable = part.nextPageable();
        }
        return lines.size() > MAX ? List.copyOf(lines.subList(0, MAX)) : lines;
    }
}
