package nl.samenplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
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
        Map<Long, String> categoryNames = categories.stream().collect(Collectors.toMap(Item::id, Item::name));
        grid.addColumn(AgreementItem::what).setHeader(getTranslation("plan.agreement.what")).setFlexGrow(2)
                .setKey("what");
        grid.addColumn(this::who).setHeader(getTranslation("plan.agreement.who")).setFlexGrow(2).setKey("who");
        grid.addColumn(a -> a.rung() == null ? "" : a.rung().level() + " · " + getTranslation(a.rung().labelKey())
                + (a.fundingDomain() == null ? "" : " (" + a.fundingDomain().label() + ")")
                + (a.approval() == null ? "" : " · " + getTranslation(a.approval().labelKey()))
                + (a.approval() == PlanContent.ApprovalState.GOEDGEKEURD && a.reviewDate() != null
                        ? " · " + getTranslation("plan.agreement.reviewOn", DutchFormats.date(a.reviewDate())) : ""))
                .setHeader(getTranslation("plan.agreement.rung")).setKey("rung").setFlexGrow(1);
        grid.addColumn(a -> categoryNames.getOrDefault(a.needCategoryId(), ""))
                .setHeader(getTranslation("plan.agreement.category")).setKey("category");
        grid.addColumn(a -> orEmpty(a.frequency()) + FrequencyText.brief(this, a.frequency())
                .filter(b -> !orEmpty(a.frequency()).toLowerCase(getLocale()).contains(b.toLowerCase(getLocale())))
                .map(b -> " (" + b + ")").orElse("")).setHeader(getTranslation("plan.agreement.frequency"))
                .setKey("frequency");
        grid.addColumn(this::period).setHeader(getTranslation("plan.agreement.period")).setKey("period");
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
        add(new H3(getTranslation("plan.agreements.title")), intro, grid, add);
    }

    void fill(List<AgreementItem> agreements) {
        items.clear();
        items.addAll(agreements);
        grid.setItems(items);
    }

    List<AgreementItem> agreements() {
        return List.copyOf(items);
    }

    void setReadOnly(boolean value) {
        readOnly = value;
        add.setVisible(!value);
        grid.getColumnByKey("actions").setVisible(!value);
    }

    private void open(AgreementItem existing) {
        int number = existing == null ? items.size() + 1 : items.indexOf(existing) + 1;
        new AgreementDialog(existing, null, me, number, categories, network, colleagues, goals.get(), prefill, item -> {
            if (existing == null) {
                items.add(item);
            } else {
                items.set(items.indexOf(existing), item);
            }
            grid.setItems(items);
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
            grid.setItems(items);
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
