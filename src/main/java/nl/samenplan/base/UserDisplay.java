package nl.samenplan.base;

import java.util.Optional;

/** What the layout shows of the logged-in person; implemented by the security package's principal. */
public interface UserDisplay {

    String displayName();

    String roleLabelKey();

    Optional<String> teamName();
}
