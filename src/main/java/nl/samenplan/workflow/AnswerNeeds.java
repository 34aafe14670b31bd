package nl.samenplan.workflow;

import java.util.List;
import nl.samenplan.plan.NeedsFromAnswer;
import org.springframework.stereotype.Component;

/** The plan's port to the needs the client names in their own answer, answered by the need service. */
@Component
class AnswerNeeds implements NeedsFromAnswer {

    private final NeedService needs;

    AnswerNeeds(NeedService needs) {
        this.needs = needs;
    }

    @Override
    public List<String> unrecorded(long clientId) {
        return needs.fromAnswer(clientId).suggestions().stream().map(NeedWords.Match::categoryName).toList();
    }

    @Override
    public int recordAll(long clientId) {
        return needs.recordAllFromAnswer(clientId);
    }
}
