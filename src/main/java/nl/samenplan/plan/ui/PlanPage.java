package nl.samenplan.plan.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.plan.PlanConflictException;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanPdf;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanMerge;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.PlanService.PlanView;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;

/**
 * Plan: the one integrated support plan, in its fixed order: the client's own words, life areas with
 * the spider web, goals, agreements, the client's agreement and the review date. Opens with one read
 * model; every save is a revision, merged part by part with what others saved meanwhile.
 */
@Route(value = "clienten/:clientId/plan", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class PlanPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanService plans;
    private final PlanEditing editing;
    private final CatalogService catalog;
    private final Clock clock;
    private final Paragraph status = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Div needsFromAnswer = new Div();
    private final Button saveTop = saveButton("plan-save");
    /** Whether this user may change this plan: a writer's role, and the file is open. */
    private boolean canWrite;
    private final Button saveBottom = saveButton("plan-save-bottom");
    private final Anchor waiting = new Anchor();
    private long clientId;
    private int baseRevision;
    private List<CatalogService.Item> lifeAreaItems = List.of();
    private AnswersSection answers;
    private LifeAreaSection lifeAreas;
    private GoalsSection goals;
    private AgreementsSection agreements;
    private ConsentSection consent;
    private nl.samenplan.base.ui.FormErrors readable;
    private final nl.samenplan.client.ConsentService consents;

    public PlanPage(PlanService plans, PlanEditing editing, CatalogService catalog, Clock clock,
            nl.samenplan.client.ConsentService consents) {
        this.consents = consents;
        this.plans = plans;
        this.editing = editing;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("plan-page");
        status.addClassName("plan-status");
        status.setId("plan-status");
        waiting.setId("plan-approvals-waiting");
        waiting.addClassName("attention");
        error.addClassName("form-error");
        error.setId("plan-error");
        error.setVisible(false);
        needsFromAnswer.addClassName("needs-from-answer");
        needsFromAnswer.setId("plan-needs-from-answer");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        PlanService.PlanPageModel model = plans.page(clientId);
        lifeAreaItems = model.lifeAreas();
        answers = new AnswersSection();
        lifeAreas = new LifeAreaSection(model.lifeAreas());
        goals = new GoalsSection(model.lifeAreas());
        goals.scores(lifeAreas::scores);
        agreements = new AgreementsSection(model.needCategories(), model.network(), model.colleagues(), goals::current,
                categoryId -> plans.escalationHints(clientId, categoryId).stream()
                        .map(h -> getTranslation(h.key(), h.params().toArray()))
                        .collect(java.util.stream.Collectors.joining(" ")), model.me());
        consent = new ConsentSection(LocalDate.now(clock), model.reviewMonths());
        readable = new nl.samenplan.base.ui.FormErrors(error).field("answerCanDoSelf", answers.canDoSelf)
                .field("answerNeeds", answers.needs).field("answerWillDo", answers.willDo)
                .field("agreedOn", consent.agreedOn).field("agreedWith", consent.agreedWith)
                .field("reviewDate", consent.reviewDate);
        lifeAreas.scoreFields().forEach((area, field) -> readable.field("score" + area, field));
        removeAll();
        add(toolbar(model.network()), status, waiting, error, needsFromAnswer, answers, lifeAreas, goals, agreements, consent,
                saveBottom);
        canWrite = model.canWrite();
        show(model.plan());
        offerNeeds(model.unrecordedNeeds());
        boolean readOnly = !model.canWrite();
        answers.setReadOnly(readOnly);
        lifeAreas.setReadOnly(readOnly);
        goals.setReadOnly(readOnly);
        agreements.setReadOnly(readOnly);
        consent.setReadOnly(readOnly);
        saveTop.setVisible(!readOnly);
        saveBottom.setVisible(!readOnly);
        var query = event.getLocation().getQueryParameters();
        query.getSingleParameter(NEED).flatMap(PlanPage::number).filter(id -> !readOnly)
                .ifPresent(needId -> handOver(needId, query.getSingleParameter(BACK).orElse(null)));
    }

    /** The query parameter of the hand-over from a need: {@code ?need=<id>}; {@code &terug=mijn-taken} returns there. */
    public static final String NEED = "need";
    public static final String BACK = "terug";
    public static final String BACK_TO_MY_TASKS = "mijn-taken";

    /** Where a need hands over to professional care agreed in the plan, and whence it came. */
    public static String handOverRoute(long clientId, long needId, boolean fromMyTasks) {
        return "clienten/" + clientId + "/plan?" + NEED + "=" + needId
                + (fromMyTasks ? "&" + BACK + "=" + BACK_TO_MY_TASKS : "");
    }

    /**
     * The hand-over from need to agreement: the agreement form opens filled in with what the need says (its kind,
     * its words, how often, from when, professional care with the reasons why the lower rungs are not enough, and
     * the professional as the provider); one check and one save, and the person is back where they came from.
     */
    private void handOver(long needId, String back) {
        var draft = plans.needDraft(clientId, needId).orElse(null);
        if (draft == null) {
            Notification.show(getTranslation("plan.handOver.gone"), 5000, Notification.Position.BOTTOM_START);
            return;
        }
        PlanContent.AgreementItem item = new PlanContent.AgreementItem("nieuw-" + java.util.UUID.randomUUID(),
                draft.what(), draft.needCategoryId(), nl.samenplan.plan.SupportRung.PROFESSIONELE_ZORG, null, null,
                null, draft.frequency(), draft.startDate() != null ? draft.startDate() : LocalDate.now(clock), null,
                draft.usualDomain(), draft.goalKey());
        agreements.openDraft(item, agreed -> {
            try {
                PlanView saved = editing.addAgreement(clientId, agreed.withNeed(needId));
                boolean waits = saved.content().agreements().stream()
                        .anyMatch(a -> Long.valueOf(needId).equals(a.needId())
                                && a.approval() == PlanContent.ApprovalState.TER_GOEDKEURING);
                Notification.show(getTranslation(waits ? "plan.handOver.waiting" : "plan.handOver.agreed",
                        agreed.what()), 6000, Notification.Position.BOTTOM_START)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(BACK_TO_MY_TASKS.equals(back) ? BACK_TO_MY_TASKS
                        : "clienten/" + clientId + "/hulpvragen");
            } catch (BusinessRuleException e) {
                nl.samenplan.base.ui.ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
            }
        });
    }

    private static java.util.Optional<Long> number(String value) {
        try {
            return java.util.Optional.of(Long.parseLong(value));
        } catch (NumberFormatException notANumber) {
            return java.util.Optional.empty();
        }
    }

    /** Save, and the PDF for the client or a naaste with consent (the service refuses the others, and logs for whom). */
    private Div toolbar(List<nl.samenplan.client.NetworkService.Member> network) {
        PlanPdfLink pdf = new PlanPdfLink(clientId, network, consents, forMember -> {
            PlanService.PrintModel printed = plans.printed(clientId, forMember);
            return PlanPdf.render(PlanPrintFactory.of(this, printed.client(),
                    CurrentUser.require().teamName().orElse(""), printed.plan(), catalog.lifeAreas(),
                    printed.network(), LocalDate.now(clock), printed.ownerPhone()), this::getTranslation);
        });
        Div bar = new Div(saveTop, pdf);
        bar.addClassName("plan-toolbar");
        return bar;
    }

    private Button saveButton(String id) {
        Button save = new Button(getTranslation("plan.save"), VaadinIcon.CHECK.create(), e -> save(Map.of(), 0));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId(id);
        return save;
    }

    private void show(PlanView plan) {
        baseRevision = plan.revisionNo();
        answers.fill(plan.content());
        lifeAreas.fill(plan.content().scores(), plan.previousScores(), plan.previousAssessedOn());
        goals.fill(plan.content().goals());
        agreements.fill(plan.content().agreements());
        consent.fill(plan.content());
        status.setText(plan.exists()
                ? getTranslation("plan.status", plan.revisionNo(), plan.lastChangedBy(),
                        DutchFormats.DATE_TIME.format(plan.lastChangedAt().atZone(clock.getZone())))
                : getTranslation("plan.status.new"));
        long awaiting = plan.content().agreements().stream()
                .filter(a -> a.approval() == PlanContent.ApprovalState.TER_GOEDKEURING).count();
        // to decide here, from the plan: the inbox shows only this client's care and comes back to this plan
        waiting.setVisible(awaiting > 0 && canWrite);
        waiting.setText(getTranslation("plan.approvalsWaiting", awaiting));
        waiting.setHref("goedkeuren?" + ApprovalInboxView.CLIENT + "=" + clientId);
    }

    /**
     * What the client named in "Waar heeft u behoefte aan?" and is not a need yet is offered to record at once: the
     * words said at the kitchen table are not typed again on Hulpvragen. Recording goes on to Hulpvragen, where the
     * ladder proposes help for each.
     */
    private void offerNeeds(List<String> kinds) {
        needsFromAnswer.removeAll();
        needsFromAnswer.setVisible(!kinds.isEmpty()); // empty for those who cannot write
        if (!needsFromAnswer.isVisible()) {
            return;
        }
        Paragraph text = new Paragraph(getTranslation("plan.needsFromAnswer", kinds.size(), String.join(", ", kinds)));
        Button record = new Button(getTranslation("plan.needsFromAnswer.record", kinds.size()),
                VaadinIcon.ARROW_RIGHT.create(), e -> {
                    int recorded = plans.recordNeedsFromAnswer(clientId);
                    Notification.show(getTranslation("plan.needsFromAnswer.recorded", recorded), 4000,
                            Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    UI.getCurrent().navigate("clienten/" + clientId + "/hulpvragen");
                });
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("plan-record-needs");
        needsFromAnswer.add(text, record);
    }

    PlanContent content() {
        return new PlanContent(answers.canDoSelf.getValue(), answers.needs.getValue(), answers.willDo.getValue(),
                lifeAreas.scores(), goals.goals(), agreements.agreements(), consent.agreedOn.getValue(),
                consent.agreedWith.getValue(), consent.reviewDate.getValue());
    }

    /**
     * Saves what the person edited on top of the version they opened; what others saved since is merged
     * in, and only parts both changed are put to the person, per part, in the conflict dialog.
     */
    private void save(Map<String, PlanMerge.Choice> choices, int choicesAgainst) {
        if (!readable.readable()) {
            return; // a date or score the browser could not read is marked at its field; nothing is saved as empty
        }
        try {
            PlanEditing.Saved saved = editing.save(clientId, baseRevision, content(), choices, choicesAgainst);
            error.setVisible(false);
            show(saved.plan());
            offerNeeds(plans.unrecordedNeeds(clientId));
            String message = saved.merged()
                    ? getTranslation("plan.saved.merged", saved.plan().revisionNo(), saved.mergedWith(),
                            String.join("; ", ChangeText.describe(this, saved.theirChanges())))
                    : getTranslation("plan.saved", saved.plan().revisionNo());
            if (!saved.awaitingApproval().isEmpty()) {
                // the proposer hears at once that the care waits, and for whom
                String what = String.join(", ", saved.awaitingApproval());
                String owner = saved.plan().ownerName();
                message += " " + (owner == null || owner.equals(CurrentUser.require().displayName())
                        ? getTranslation("plan.saved.awaiting", what)
                        : getTranslation("plan.saved.awaitingOwner", what, owner));
            }
            Notification.show(message, saved.merged() || !saved.awaitingApproval().isEmpty() ? 8000 : 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (PlanConflictException conflict) {
            new ConflictDialog(clientId, conflict, lifeAreaItems, a -> agreements.who(a),
                    chosen -> save(chosen, conflict.theirs().revisionNo())).open();
        } catch (BusinessRuleException e) {
            goals.register(readable);
            readable.show(e); // at each field it names, the rest (an agreement, the team) in the block
            UI.getCurrent().getPage().executeJs("document.getElementById('plan-error')?.scrollIntoView()");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.plan");
    }
}
