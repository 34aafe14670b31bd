package nl.samenplan.workflow;

import java.util.List;

/**
 * A port the workflow needs and owns: the volunteers who could take a need. The volunteer register
 * implements it (until then the demo data does), so the workflow never imports it.
 */
public interface VolunteerCandidates {

    List<Candidates.Volunteer> volunteers();
}
