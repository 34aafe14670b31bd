package nl.samenplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.plan.PlanConflictException;

/**
 * Someone else saved the plan in between. Says who and what they changed; the user's own input stays
 * in the form. They choose: save their own version over it (the other version stays in the history),
 * take over the other version, or go on editing.
 */
class ConflictDialog extends Dialog {

    ConflictDialog(long clientId, PlanConflictException conflict, Runnable saveMine, Runnable takeTheirs) {
        setHeaderTitle(getTranslation("plan.conflict.title"));
        setId("conflict-dialog");
        var theirs = conflict.theirs();
        String time = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm")
                .format(theirs.lastChangedAt().atZone(ZoneId.of(TimeConfig.ZONE.getId())));
        Paragraph what = new Paragraph(getTranslation("plan.conflict.text", theirs.lastChangedBy(), time));
        UnorderedList changes = new UnorderedList();
        ChangeText.describe(this, conflict.theirChanges()).forEach(c -> changes.add(new ListItem(c)));
        changes.setId("conflict-changes");
        Anchor look = new Anchor("clienten/" + clientId + "/plan/versie/" + theirs.revisionNo(),
                getTranslation("plan.conflict.look"));
        look.setTarget("_blank");
        Paragraph kept = new Paragraph(getTranslation("plan.conflict.kept"));
        add(what, changes, look, kept);

        Button mine = new Button(getTranslation("plan.conflict.saveMine"), e -> {
            close();
            saveMine.run();
        });
        mine.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mine.setId("conflict-save-mine");
        Button take = new Button(getTranslation("plan.conflict.takeTheirs"), e -> {
            close();
            takeTheirs.run();
        });
        take.setId("conflict-take-theirs");
        Button keepEditing = new Button(getTranslation("plan.conflict.keepEditing"), e -> close());
        keepEditing.setId("conflict-keep-editing");
        getFooter().add(keepEditing, take, mine);
    }
}
