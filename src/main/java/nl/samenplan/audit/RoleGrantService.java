package nl.samenplan.audit;

import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.base.access.AccessEventType;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.Role;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who was given a role with access to client files, as the access log recorded it ({@link AccessEventType#ROLE_GRANTED}):
 * for the privacy officer, newest first. Reading the list is itself an entry in the log.
 */
@Service
@Transactional(readOnly = true)
public class RoleGrantService {

    private final AccessLogEntryRepository entries;

    RoleGrantService(AccessLogEntryRepository entries) {
        this.entries = entries;
    }

    /** A page of the roles granted, newest first (the database sorts and pages). */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    @LogsAccess(AccessEventType.ACCESS_LOG_VIEWED)
    public List<Grant> grants(Pageable pageable) {
        Pageable page = PageRequest.of(pageable.getPageNumber(), pageable.getPageSize());
        return entries.findByEventTypeOrderByOccurredAtDescIdDesc(AccessEventType.ROLE_GRANTED.name(), page).stream()
                .map(Grant::of).toList();
    }

    /**
     * A role granted: when, by whom (the beheerder's username), to whom (user id and username), which role and team
     * (null: none, the privacy officer has no team).
     */
    public record Grant(Instant at, String byUsername, Long toUserId, String toUsername, Role role, String team) {

        static Grant of(AccessLogEntry entry) {
            Map<String, String> detail = Arrays.stream(entry.getDetail() == null ? new String[0]
                            : entry.getDetail().split(";", 5))
                    .map(part -> part.split("=", 2)).filter(kv -> kv.length == 2)
                    .collect(Collectors.toMap(kv -> kv[0], kv -> kv[1], (a, b) -> a));
            String userId = detail.get("userId");
            String role = detail.get("role");
            String team = detail.get("team");
            return new Grant(entry.getOccurredAt(), entry.getUsername(),
                    userId == null || userId.isBlank() ? null : Long.valueOf(userId), detail.get("username"),
                    role == null ? null : Role.valueOf(role), team == null || team.isBlank() ? null : team);
        }
    }
}
