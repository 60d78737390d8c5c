package fr.borne.kiosk.speech;

import fr.borne.kiosk.access.Guidance;
import fr.borne.kiosk.access.SceneNodes;
import fr.borne.kiosk.i18n.Language;
import fr.borne.kiosk.i18n.Texts;
import fr.borne.kiosk.ui.Screen;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the kiosk says, and when. Silent until the visitor asks (the Listen button, a key of
 * the keypad, a headset plugged in); then, on each screen, its title, what it shows (a
 * refusal and what to do next, a booking's convocation and reference) and what it asks,
 * then the focused choice, and each new choice as focus moves. A new screen interrupts
 * whatever was being said. The guidance stops when the visitor's session ends, unless a
 * headset is still plugged in. Runs on the JavaFX thread.
 */
public final class AudioGuide implements Guidance {

    private final Speech speech;
    private final SpokenTexts spoken;
    private final Texts texts;
    private final StackPane root;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(false);
    private int volume = Utterance.DEFAULT_VOLUME;
    private int rate = Utterance.DEFAULT_RATE;
    private Screen screen;
    private Language language;
    private boolean personal;
    private boolean headset;
    private Set<String> heard = new LinkedHashSet<>();
    private String lastChoice;

    public AudioGuide(Speech speech, SpokenTexts spoken, Texts texts, StackPane root) {
        this.speech = speech;
        this.spoken = spoken;
        this.texts = texts;
        this.root = root;
    }

    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public int volume() {
        return volume;
    }

    public int rate() {
        return rate;
    }

    /** The Listen button: starts the guidance, or says the screen again. */
    public void listen() {
        repeat(false);
    }

    /** The frame was built again: a new screen (or language) is said whole, an old one only what it newly shows. */
    public void rendered(Screen current) {
        boolean fresh = current != screen || texts.language() != language;
        if (personal && !current.personal() && !headset) {
            // the visitor's session is over: the next visitor starts in silence
            speech.interrupt();
            active.set(false);
        }
        screen = current;
        language = texts.language();
        personal = current.personal();
        List<String> shown = shownTexts();
        if (fresh) {
            heard = new LinkedHashSet<>(shown);
            lastChoice = null;
            if (active.get()) {
                speech.interrupt();
                script(shown).forEach(this::say);
            }
        } else {
            List<String> added = shown.stream().filter(text -> !heard.contains(text)).toList();
            heard.addAll(added);
            if (active.get()) {
                added.forEach(this::say);
            }
        }
    }

    /** After a layout: what the screen newly shows (data that came late, an explanation) is said. */
    public void settled() {
        if (!active.get() || screen == null) {
            return;
        }
        List<String> added = shownTexts().stream().filter(text -> !heard.contains(text)).toList();
        heard.addAll(added);
        added.forEach(this::say);
    }

    /** The inactivity warning appeared: said at once, with the key that gives more time. */
    public void warning(long secondsLeft) {
        if (!active.get()) {
            return;
        }
        speech.interrupt();
        lastChoice = null;
        say(texts.get("inactivity.question"));
        say(texts.get("inactivity.countdown", secondsLeft));
        say(spoken.get(texts.language(), "inactivity.moreTime"));
    }

    /** Focus is on {@code node}: its words, once (a screen built again keeps the same choice unsaid). */
    public void choice(Node node) {
        if (!active.get() || node == null) {
            return;
        }
        String words = SceneNodes.spoken(node);
        if (words.isEmpty()) {
            return;
        }
        if (SceneNodes.selected(node)) {
            words = spoken.get(texts.language(), "selected", words);
        }
        String key = node.getId() + "|" + words;
        if (key.equals(lastChoice)) {
            return;
        }
        lastChoice = key;
        say(words);
    }

    /** A headset was plugged in (guidance starts) or pulled out (silence at once). */
    public void headset(boolean plugged) {
        if (plugged == headset) {
            return;
        }
        headset = plugged;
        if (plugged) {
            listen();
        } else {
            speech.interrupt();
            active.set(false);
        }
    }

    private Optional<Node> focusedNow() {
        return Optional.ofNullable(root.getScene()).map(scene -> scene.getFocusOwner());
    }

    @Override
    public boolean wake() {
        if (active.get()) {
            return false;
        }
        listen();
        return true;
    }

    @Override
    public void keyPressed() {
        speech.interrupt();
    }

    @Override
    public void help() {
        repeat(true);
    }

    @Override
    public void cannot() {
        speech.interrupt();
        say(spoken.get(texts.language(), "cannot"));
    }

    @Override
    public void volume(int step) {
        volume = Math.max(1, Math.min(Utterance.MAX_LEVEL, volume + step));
        speech.interrupt();
        say(spoken.get(texts.language(), "volume", volume, Utterance.MAX_LEVEL));
    }

    @Override
    public void rate(int step) {
        rate = Math.max(0, Math.min(Utterance.MAX_LEVEL, rate + step));
        speech.interrupt();
        say(spoken.get(texts.language(), "rate", rate, Utterance.MAX_LEVEL));
    }

    /**
     * Says the screen again, then the focused choice; starting the guidance puts the keypad's
     * focus on the screen's first choice (listeners of {@link #activeProperty()}), said after the script.
     */
    private void repeat(boolean withKeys) {
        speech.interrupt();
        if (withKeys) {
            say(spoken.get(texts.language(), "keys"));
        }
        if (screen != null) {
            script(shownTexts()).forEach(this::say);
        }
        lastChoice = null;
        active.set(true);
        focusedNow().ifPresent(this::choice);
    }

    /** The screen's script: title, what it shows, what it asks. */
    List<String> script(List<String> shown) {
        List<String> lines = new ArrayList<>();
        String title = screen.title(texts);
        lines.add(title);
        shown.stream().filter(text -> !text.equals(title)).forEach(lines::add);
        spoken.screen(texts.language(), ScreenIds.of(screen.getClass())).ifPresent(lines::add);
        return lines;
    }

    private List<String> shownTexts() {
        List<String> shown = new ArrayList<>();
        SceneNodes.contentLabels(root).forEach(label -> {
            String words = SceneNodes.spoken(label);
            if (!words.isBlank() && !shown.contains(words)) {
                shown.add(words);
            }
        });
        return shown;
    }

    private void say(String text) {
        speech.say(new Utterance(text, texts.language(), volume, rate));
    }
}
