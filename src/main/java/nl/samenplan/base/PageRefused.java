package nl.samenplan.base;

/**
 * A logged-in person was refused a page by its address (their role may not open it). Published by the access-denied
 * page so that the access log, which base does not know, records the attempt.
 */
public record PageRefused(String path) {
}
