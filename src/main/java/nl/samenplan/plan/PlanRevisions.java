package nl.samenplan.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import nl.samenplan.security.CurrentUser;
import org.springframework.stereotype.Component;

/** Every save of a plan is a revision: a snapshot of the whole document as JSON, to read again later. */
@Component
@org.springframework.transaction.annotation.Transactional(
        propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
class PlanRevisions {

    private final PlanRevisionRepository revisions;
    private final ObjectMapper json;

    PlanRevisions(PlanRevisionRepository revisions, ObjectMapper json) {
        this.revisions = revisions;
        this.json = json;
    }

    /** Accepted proposals by one person within this window are one version of the plan. */
    static final java.time.Duration ONE_VERSION = java.time.Duration.ofMinutes(2);

    void record(Plan plan, int revisionNo, Instant at, CurrentUser user, String summary) {
        revisions.save(new PlanRevision(plan.getId(), revisionNo, at, user.userId(), user.displayName(), summary,
                write(plan.content())));
    }

    /**
     * Records the revision an accepted proposal made. When the revision just before it was an accepted proposal
     * of the same person, less than {@link #ONE_VERSION} ago, that one is folded into this one: the version list
     * shows one version with both changes. The revision numbers still count every change, so that a save made on
     * an older number is merged (never taken as it is) and no accepted agreement is lost; the earlier snapshot
     * stays, as the base of such a merge. Returns the summary of the whole version.
     */
    String recordAccepted(Plan plan, int revisionNo, Instant at, CurrentUser user, String summary) {
        String whole = summary;
        var previous = revisions.findByPlanIdAndRevisionNo(plan.getId(), revisionNo - 1)
                .filter(r -> r.continuedBy(user.userId(), at, ONE_VERSION));
        if (previous.isPresent()) {
            PlanRevision earlier = previous.get();
            // earlier revisions folded into that one now belong to this one too
            revisions.findByPlanIdAndFoldedInto(plan.getId(), earlier.getRevisionNo())
                    .forEach(r -> r.foldInto(revisionNo));
            earlier.foldInto(revisionNo);
            whole = join(earlier.getSummary(), summary);
        }
        revisions.save(new PlanRevision(plan.getId(), revisionNo, at, user.userId(), user.displayName(), whole,
                write(plan.content())).fromProposal());
        return whole;
    }

    /**
     * The changes of two revisions as one summary: the same kind of change with a count ("3 agreements added") is
     * counted together, the names of the same kind of change are listed together ("scores of Wonen, Gezondheid").
     */
    static String join(String a, String b) {
        java.util.LinkedHashMap<String, String> changes = new java.util.LinkedHashMap<>();
        for (String part : ((a == null ? "" : a) + ";" + (b == null ? "" : b)).split(";")) {
            if (part.isBlank()) {
                continue;
            }
            int bar = part.indexOf('|');
            String key = bar < 0 ? part : part.substring(0, bar);
            String param = bar < 0 ? null : part.substring(bar + 1);
            if (!changes.containsKey(key)) {
                changes.put(key, param);
                continue;
            }
            String known = changes.get(key);
            if (known == null || param == null) {
                continue;
            }
            if (known.matches("\\d{1,6}") && param.matches("\\d{1,6}")) {
                changes.put(key, String.valueOf(Integer.parseInt(known) + Integer.parseInt(param)));
            } else if (!java.util.Arrays.asList(known.split(", ")).contains(param)) {
                changes.put(key, known + ", " + param);
            }
        }
        return changes.entrySet().stream().map(e -> e.getValue() == null ? e.getKey() : e.getKey() + "|" + e.getValue())
                .collect(java.util.stream.Collectors.joining(";"));
    }

    /** The plan as it was after a save; the empty plan before the first one. */
    PlanContent snapshot(long planId, int revisionNo) {
        return revisions.findByPlanIdAndRevisionNo(planId, revisionNo).map(r -> read(r.getSnapshot()))
                .orElse(PlanContent.EMPTY);
    }

    PlanContent read(String snapshot) {
        try {
            return json.readValue(snapshot, PlanContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read plan revision", e);
        }
    }

    private String write(PlanContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store plan revision", e);
        }
    }
}
