package nl.samenplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;

/** Support agreements: who does what, on which rung of the ladder. */
class AgreementsSection extends Section {

    private final List<Item> categories;
    private final List<Member> network;
    private final List<nl.samenplan.security.TeamService.Colleague> colleagues;
    private final Supplier<List<GoalItem>> goals;
    private final java.util.function.LongFunction<String> prefill;
    private final nl.samenplan.plan.PlanService.Me me;
    private final List<AgreementItem> items = new ArrayList<>();
    private final Grid<AgreementItem> grid = new Grid<>();
    private final Div cards = new Div();
    private final Map<Long, String> categoryNames;
    private final Button add;
    private boolean readOnly;

    AgreementsSection(List<Item> categories, List<Member> network,
            List<nl.samenplan.security.TeamService.Colleague> colleagues, Supplier<List<GoalItem>> goals,
            java.util.function.LongFunction<String> prefill, nl.samenplan.plan.PlanService.Me me) {
        this.prefill = prefill;
        this.me = me;
        this.colleagues = colleagues;
        this.categories = categories;
        this.network = network;
        this.goals = goals;
        addClassName("plan-section");
        categoryNames = categories.stream().collect(Collectors.toMap(Item::id, Item::name));
        addClassName("agreements");
        // Wide: one row per agreement, the rung and the approval as short badges (the whole text for screen readers
        // and as a tooltip), every column as narrow as its facts allow. Narrow (the section below 58rem: a tablet, or
        // a laptop with the menu beside it): the card list below instead; styles.css switches with a container query.
        grid.addColumn(AgreementItem::what).setHeader(getTranslation("plan.agreement.what")).setKey("what")
                .setWidth("8.5rem").setFlexGrow(3);
        grid.addColumn(this::who).setHeader(getTranslation("plan.agreement.who")).setKey("who").setWidth("8rem")
                .setFlexGrow(2);
        grid.addComponentColumn(a -> rungBadges(a, true)).setHeader(getTranslation("plan.agreement.rung"))
                .setKey("rung").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(a -> categoryNames.getOrDefault(a.needCategoryId(), ""))
                .setHeader(getTranslation("plan.agreement.category")).setKey("category").setWidth("8.5rem")
                .setFlexGrow(1);
        grid.addColumn(this::frequency).setHeader(getTranslation("plan.agreement.frequency")).setKey("frequency")
                .setWidth("10rem").setFlexGrow(1);
        grid.addColumn(this::period).setHeader(getTranslation("plan.agreement.period")).setKey("period")
                .setWidth("7rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new Span(getTranslation("plan.agreements.empty")));
        grid.setId("agreement-grid");
        add = new Button(getTranslation("plan.agreements.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("agreement-add");
        Paragraph intro = new Paragraph(getTranslation("plan.agreements.intro"));
        intro.addClassName("intro");
        cards.addClassName("agreement-cards");
        cards.setId("agreement-cards");
        add(new H3(getTranslation("plan.agreements.title")), intro, grid, cards, add);
    }

    void fill(List<AgreementItem> agreements) {
        items.clear();
        items.addAll(agreements);
        refresh();
    }

    List<AgreementItem> agreements() {
        return List.copyOf(items);
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        add.setVisible(!value);
        grid.getColumnByKey("actions").setVisible(!value);
        refreshCards();
    }

    private void refresh() {
        grid.setItems(items);
        refreshCards();
    }

    /** The agreements as cards, for a narrow screen: every fact on a line of its own, nothing cut off. */
    private void refreshCards() {
        cards.removeAll();
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plan.agreements.empty"));
            empty.addClassName("hint");
            cards.add(empty);
        }
        for (int i = 0; i < items.size(); i++) {
            cards.add(card(items.get(i), i + 1));
        }
    }

    private Div card(AgreementItem a, int number) {
        Span what = new Span(orEmpty(a.what()));
        what.addClassName("agreement-card-what");
        Div head = new Div(what);
        head.addClassName("agreement-card-head");
        if (!readOnly) {
            head.add(actions(a));
        }
        DescriptionList facts = new DescriptionList();
        facts.addClassName("agreement-card-facts");
        fact(facts, "plan.agreement.who", who(a));
        fact(facts, "plan.agreement.category", categoryNames.getOrDefault(a.needCategoryId(), ""));
        fact(facts, "plan.agreement.frequency", frequency(a));
        fact(facts, "plan.agreement.period", period(a));
        Div card = new Div(head, rungBadges(a, false), facts);
        card.addClassName("agreement-card");
        card.setId("agreement-card-" + number);
        return card;
    }

    private void fact(DescriptionList facts, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            facts.add(new DescriptionList.Term(getTranslation(labelKey)), new DescriptionList.Description(value));
        }
    }

    /**
     * The rung (in the grid shortened, "4 · Prof.", with the whole name for screen readers and as a tooltip), the
     * funding domain and the approval state as badges; a badge always carries its text, never only a colour.
     */
    Div rungBadges(AgreementItem a, boolean brief) {
        Div badges = new Div();
        badges.addClassName("agreement-badges");
        if (a.rung() == null) {
            return badges;
        }
        String full = a.rung().level() + " · " + getTranslation(a.rung().labelKey());
        Span rung = new Span();
        rung.addClassNames("fact-badge", "rung-badge");
        rung.getElement().setAttribute("data-rung", Integer.toString(a.rung().level()));
        rung.getElement().setAttribute("title", full);
        if (brief) {
            Span shown = new Span(a.rung().level() + " · " + getTranslation(a.rung().labelKey() + ".short"));
            shown.getElement().setAttribute("aria-hidden", "true");
            Span spoken = new Span(getTranslation("plan.agreement.rung.spoken", full));
            spoken.addClassName("visually-hidden");
            rung.add(shown, spoken);
        } else {
            rung.setText(full);
        }
        badges.add(rung);
        if (a.fundingDomain() != null) {
            Span domain = new Span(a.fundingDomain().label());
            domain.addClassNames("fact-badge", "domain-badge");
            badges.add(domain);
        }
        if (a.approval() != null) {
            Span approval = new Span(getTranslation(a.approval().labelKey()));
            approval.addClassNames("fact-badge", "approval-badge");
            approval.getElement().setAttribute("data-state", a.approval().name().toLowerCase());
            badges.add(approval);
        }
        if (a.approval() == PlanContent.ApprovalState.GOEDGEKEURD && a.reviewDate() != null) {
            Span review = new Span(getTranslation("plan.agreement.reviewOn", DutchFormats.date(a.reviewDate())));
            review.addClassName("agreement-review");
            badges.add(review);
        }
        return badges;
    }

    private String frequency(AgreementItem a) {
        return orEmpty(a.frequency()) + FrequencyText.brief(this, a.frequency())
                .filter(b -> !orEmpty(a.frequency()).toLowerCase(getLocale()).contains(b.toLowerCase(getLocale())))
                .map(b -> " (" + b + ")").orElse("");
    }

    private void open(AgreementItem existing) {
        int number = existing == null ? items.size() + 1 : items.indexOf(existing) + 1;
        new AgreementDialog(existing, null, me, number, categories, network, colleagues, goals.get(), prefill, item -> {
            if (existing == null) {
                items.add(item);
            } else {
                items.set(items.indexOf(existing), item);
            }
            refresh();
        }).open();
    }

    /**
     * The hand-over from a need: the form for a new agreement, filled in from {@code draft}; what is agreed goes
     * to {@code onDone} (not into the grid: the caller saves it at once).
     */
    void openDraft(AgreementItem draft, java.util.function.Consumer<AgreementItem> onDone) {
        new AgreementDialog(null, draft, me, items.size() + 1, categories, network, colleagues, goals.get(), prefill,
                onDone).open();
    }

    private Span actions(AgreementItem item) {
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(item));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        edit.setAriaLabel(getTranslation("action.edit"));
        Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
            items.remove(item);
            refresh();
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("action.remove"));
        Span span = new Span(edit, remove);
        span.addClassName("row-actions");
        span.setVisible(!readOnly);
        return span;
    }

    String who(AgreementItem a) {
        if (a.rung() == null) {
            return "";
        }
        String tasksFor = a.assigneeId() == null ? "" : colleagues.stream()
                .filter(c -> c.id() == a.assigneeId()).findFirst()
                .map(c -> " · " + getTranslation("plan.agreement.tasksFor.short", c.displayName())).orElse("");
        return performer(a) + tasksFor;
    }

    private String performer(AgreementItem a) {
        return switch (a.rung()) {
            case ZELF -> getTranslation("plan.agreement.who.client");
            case EIGEN_NETWERK -> network.stream().filter(m -> Objects.equals(m.id(), a.networkMemberId()))
                    .findFirst().map(Member::name).orElse("");
            default -> orEmpty(a.providerName()) + (a.organisation() == null || a.organisation().isBlank()
                    || a.organisation().equals(a.providerName()) ? "" : " · " + a.organisation());
        };
    }

    String period(AgreementItem a) {
        if (a.startDate() == null && a.endDate() == null) {
            return "";
        }
        return getTranslation("plan.agreement.periodValue", a.startDate() == null ? "…" : DutchFormats.date(a.startDate()),
                a.endDate() == null ? "…" : DutchFormats.date(a.endDate()));
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
