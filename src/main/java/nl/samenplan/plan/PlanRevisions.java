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

    void record(Plan plan, int revisionNo, Instant at, CurrentUser user, String summary) {
        revisions.save(new PlanRevision(plan.getId(), revisionNo, at, user.userId(), user.displayName(), summary,
                write(plan.content())));
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
