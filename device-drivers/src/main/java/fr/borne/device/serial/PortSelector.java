package fr.borne.device.serial;

/** Which serial port to use: by device path (best a udev symlink or /dev/serial/by-id/…) or by USB ids. */
public sealed interface PortSelector {

    /** @param path e.g. {@code /dev/borne-scanner}, {@code /dev/ttyACM0}, or a pseudo-terminal link */
    record ByPath(String path) implements PortSelector {
        @Override
        public String toString() {
            return path;
        }
    }

    /** The first port whose USB vendor and product ids match (e.g. {@code 0c2e:0b61}). */
    record ByUsbId(int vendorId, int productId) implements PortSelector {
        @Override
        public String toString() {
            return String.format("usb %04x:%04x", vendorId, productId);
        }
    }

    /** Parses {@code /dev/x} as a path, {@code usb:0c2e:0b61} or {@code 0c2e:0b61} as USB ids. */
    static PortSelector parse(String text) {
        String t = text.strip();
        String ids = t.startsWith("usb:") ? t.substring(4) : t;
        if (ids.matches("\\p{XDigit}{4}:\\p{XDigit}{4}")) {
            return new ByUsbId(Integer.parseInt(ids.substring(0, 4), 16), Integer.parseInt(ids.substring(5), 16));
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("empty serial port name");
        }
        return new ByPath(t);
    }
}
