package nl.samenplan.fuzz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The fuzz tests work in a team of their own (created once per run, with its own leefcoach, nurse and
 * coordinator), so that the records they leave behind never show up in the demo team other tests read. At the
 * end the table of cases per form is printed.
 */
abstract class FuzzTest extends KaribuTest {

    static final String LEEFCOACH = "fuzz-leefcoach";
    static final String NURSE = "fuzz-verpleging";
    static final String COORDINATOR = "fuzz-coordinator";
    static final AtomicInteger COUNTER = new AtomicInteger();
    private static Long teamId;

    @Autowired
    protected UserAdminService userAdmin;
    @Autowired
    protected ClientService clients;

    @BeforeEach
    void fuzzTeam() {
        if (teamId != null) {
            return;
        }
        asUser("beheerder", () -> {
            long team = userAdmin.createTeam("Fuzzteam", "Fuzzdorp").id();
            userAdmin.createUser(new NewUser(LEEFCOACH, "Fuzz Leefcoach", Role.LEEFCOACH, team, null));
            userAdmin.createUser(new NewUser(NURSE, "Fuzz Verpleging", Role.WIJKVERPLEEGKUNDIGE, team, null));
            userAdmin.createUser(new NewUser(COORDINATOR, "Fuzz Coördinator", Role.VRIJWILLIGERSCOORDINATOR, team,
                    null));
            teamId = team;
        });
    }

    @AfterAll
    static void printTheCasesPerForm() {
        System.out.println(Fuzzer.table());
    }

    static long fuzzTeamId() {
        return teamId;
    }

    /** Runs service calls as another user (the UI's own login stays). */
    protected <T> T asUser(String username, Supplier<T> action) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        UserDetails user = userDetailsService.loadUserByUsername(username);
        context.setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }

    protected void asUser(String username, Runnable action) {
        asUser(username, () -> {
            action.run();
            return null;
        });
    }

    /** A fresh client of the fuzz team, by the fuzz leefcoach. */
    protected long newClient() {
        int n = COUNTER.incrementAndGet();
        return asUser(LEEFCOACH, () -> clients.create(new ClientData("Fuzz", "Cliënt" + n, LocalDate.of(1940, 5, 17),
                "Dorpsstraat 1", "7913 KH", "Fuzzdorp", null, null, ClientStatus.ACTIEF, Set.of(), null, null)));
    }

    /** A form from its three parts. */
    static Fuzzer.Form form(Runnable open, Runnable save, BiFunction<String, Object, Object> stored) {
        return form(open, save, stored, () -> { });
    }

    static Fuzzer.Form form(Runnable open, Runnable save, BiFunction<String, Object, Object> stored,
            Runnable afterSave) {
        return new Fuzzer.Form() {
            @Override
            public void open() {
                open.run();
            }

            @Override
            public void save() {
                save.run();
            }

            @Override
            public Object stored(String fieldId, Object typed) {
                return stored.apply(fieldId, typed);
            }

            @Override
            public void afterSave() {
                afterSave.run();
            }
        };
    }

    static void click(String id) {
        _click(_get(Button.class, spec -> spec.withId(id)));
    }

    /** Clicks a button that a grid renders in a column (grid cells are not in the component tree). */
    static void clickInGrid(String gridId, String column, String buttonId) {
        Grid<?> grid = _get(Grid.class, spec -> spec.withId(gridId));
        for (int row = 0; row < GridKt._size(grid); row++) {
            var buttons = _find(GridKt._getCellComponent(grid, row, column), Button.class,
                    spec -> spec.withId(buttonId));
            if (!buttons.isEmpty()) {
                _click(buttons.get(0));
                return;
            }
        }
        throw new IllegalStateException("No button " + buttonId + " in grid " + gridId);
    }

    @SuppressWarnings("unchecked")
    static void set(String id, Object value) {
        HasValueUtilsKt._setValue((HasValue<?, Object>) Fuzzer.find(id), value);
    }

    @SuppressWarnings("unchecked")
    static <T> T value(String id) {
        return ((HasValue<?, T>) Fuzzer.find(id)).getValue();
    }

    /** Chooses the item with this label in a select, combo box, radio group or multi-select. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static void pick(String id, String label) {
        Component component = Fuzzer.find(id);
        if (component instanceof ComboBox combo) {
            ComboBoxKt.selectByLabel(combo, label, false);
        } else if (component instanceof Select select) {
            Object item = select.getListDataView().getItems()
                    .filter(i -> label.equals(select.getItemLabelGenerator().apply(i))).findFirst().orElseThrow();
            HasValueUtilsKt._setValue(select, item);
        } else if (component instanceof RadioButtonGroup group) {
            Object item = group.getListDataView().getItems()
                    .filter(i -> label.equals(group.getItemLabelGenerator().apply(i))).findFirst().orElseThrow();
            HasValueUtilsKt._setValue(group, item);
        } else if (component instanceof MultiSelectComboBox multi) {
            Object item = multi.getListDataView().getItems()
                    .filter(i -> label.equals(multi.getItemLabelGenerator().apply(i))).findFirst().orElseThrow();
            HasValueUtilsKt._setValue(multi, Set.of(item));
        } else {
            throw new IllegalArgumentException(id + " is no choice");
        }
    }

    /**
     * Shows the view at this location: navigates only when another view is shown or the last case saved (a view
     * shows a refused dialog's form unchanged, so a refusal needs no new view, only a new dialog).
     */
    static void at(String location) {
        String current = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        if (Fuzzer.dirty || !current.equals(location)) {
            navigate(location);
            Fuzzer.dirty = false;
        }
    }

    /** The id at the end of the current location, e.g. the client of "clienten/12/netwerk". */
    static long idInLocation(int segment) {
        String path = UI.getCurrent().getInternals().getActiveViewLocation().getPath();
        return Long.parseLong(path.split("/")[segment]);
    }
}
