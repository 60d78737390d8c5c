package fr.borne.kiosk.support;

import javafx.application.Platform;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts the calls made to the booking service and the visitor directory (the replica's
 * edge), and names those made on the JavaFX thread: a screen that reads the replica while
 * it renders, or a button that writes in its handler, shows up here.
 */
public final class CallsOnScreenThread {

    private final List<String> all = new ArrayList<>();
    private final List<String> onScreenThread = new ArrayList<>();

    @SuppressWarnings("unchecked")
    public <T> T watch(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() != Object.class) {
                record(type.getSimpleName() + "." + method.getName());
            }
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[]{type}, handler);
    }

    private synchronized void record(String call) {
        all.add(call);
        if (Platform.isFxApplicationThread()) {
            onScreenThread.add(call);
        }
    }

    public synchronized List<String> all() {
        return List.copyOf(all);
    }

    public synchronized List<String> onScreenThread() {
        return List.copyOf(onScreenThread);
    }

    public synchronized void clear() {
        all.clear();
        onScreenThread.clear();
    }
}
