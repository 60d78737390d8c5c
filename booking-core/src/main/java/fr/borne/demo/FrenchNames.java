package fr.borne.demo;

import java.util.List;
import java.util.random.RandomGenerator;

/** Invented people with French-looking names, drawn from a seeded generator so runs repeat. */
final class FrenchNames {

    private static final List<String> FIRST_NAMES = List.of(
            "Adrien", "Alice", "Amandine", "Antoine", "Aurélie", "Benoît", "Camille", "Céline", "Chloé", "Damien",
            "Élodie", "Émilie", "Fabrice", "Florian", "Gaëlle", "Hélène", "Jérôme", "Josiane", "Karim", "Laëtitia",
            "Léa", "Loïc", "Manon", "Mathieu", "Mélanie", "Nadia", "Nicolas", "Noémie", "Océane", "Pascal",
            "Quentin", "Rachid", "Sandrine", "Sylvain", "Théo", "Valérie", "Vincent", "Yasmine", "Yvan", "Zoé");
    private static final List<String> LAST_NAMES = List.of(
            "Barbier", "Bertin", "Bouvier", "Brunet", "Carpentier", "Chevalier", "Colin", "Da Silva", "Delmas",
            "Deschamps", "Dumont", "Fleury", "Gauthier", "Gilbert", "Guérin", "Hamon", "Jacquet", "Joly", "Lacroix",
            "Lambert", "Langlois", "Lebrun", "Leclerc", "Lemaire", "Léger", "Maillard", "Mallet", "Martel",
            "Masson", "Mercier", "Meunier", "Moulin", "Noël", "Olivier", "Paris", "Picard", "Poirier", "Renaud",
            "Rey", "Rolland", "Roy", "Schmitt", "Tessier", "Vasseur", "Vidal", "Wagner");

    private final RandomGenerator random;

    FrenchNames(RandomGenerator random) {
        this.random = random;
    }

    String firstName() {
        return FIRST_NAMES.get(random.nextInt(FIRST_NAMES.size()));
    }

    String lastName() {
        return LAST_NAMES.get(random.nextInt(LAST_NAMES.size()));
    }
}
