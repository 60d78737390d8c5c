package fr.borne.kiosk.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.ArrayDeque;
import java.util.Deque;

/** Which screen is shown, and the way back. Screens dropped from here are gone with their data. */
public final class Navigator {

    private final Deque<Screen> history = new ArrayDeque<>();
    private final ReadOnlyObjectWrapper<Screen> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Long> renders = new ReadOnlyObjectWrapper<>(0L);

    public ReadOnlyObjectProperty<Screen> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** Increases each time the current screen must be built again (data changed, language switched). */
    public ReadOnlyObjectProperty<Long> rendersProperty() {
        return renders.getReadOnlyProperty();
    }

    public Screen current() {
        return current.get();
    }

    /** Shows a screen; "back" returns to the one shown now. */
    public void show(Screen screen) {
        if (current.get() != null) {
            history.push(current.get());
        }
        current.set(screen);
    }

    /** Shows a screen that replaces the current one in the history (after a done action). */
    public void replace(Screen screen) {
        current.set(screen);
    }

    /** Forgets the whole history and shows this screen. */
    public void startOver(Screen screen) {
        history.clear();
        showOnce(screen);
    }

    /** Shows the screen with a single rendering: a new screen renders by being set, the same one by a refresh. */
    private void showOnce(Screen screen) {
        if (current.get() == screen) {
            refresh();
        } else {
            current.set(screen);
        }
    }

    /** Keeps the history up to and including the nearest screen of this type, and shows it again. */
    public boolean backTo(Class<? extends Screen> type) {
        while (!history.isEmpty()) {
            Screen screen = history.pop();
            if (type.isInstance(screen)) {
                showOnce(screen);
                return true;
            }
        }
        return false;
    }

    public boolean canGoBack() {
        return !history.isEmpty() && current.get() != null && current.get().backAllowed();
    }

    public void back() {
        if (canGoBack()) {
            showOnce(history.pop());
        }
    }

    public void refresh() {
        renders.set(renders.get() + 1);
    }
}
