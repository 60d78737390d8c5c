package fr.borne.demo;

import java.util.List;
import java.util.Optional;

/**
 * The well-known badge codes of the demo data, for the kiosk's demo panel and for
 * trying each rule by hand. Any other code is an unknown badge.
 */
public final class DemoBadges {

    public static final List<DemoBadge> ALL = List.of(
            new DemoBadge("DEMO-0001", "v-1001",
                    "Adulte, permis permanent, détenu prévenu (3 visites par semaine) ; peut emmener ses trois enfants"),
            new DemoBadge("DEMO-0002", "v-1002",
                    "17 ans, accord parental enregistré, le détenu est son père : peut venir seule (P4)"),
            new DemoBadge("DEMO-0003", "v-1003",
                    "16 ans sans accord parental : doit venir avec un adulte (P4)"),
            new DemoBadge("DEMO-0004", "v-1004",
                    "12 ans : doit être accompagné d'un adulte titulaire d'un permis (P4)"),
            new DemoBadge("DEMO-0005", "v-1005",
                    "Permis provisoire : une dernière visite (P2)"),
            new DemoBadge("DEMO-0006", "v-1006",
                    "Permis provisoire épuisé : réservation refusée (P2)"),
            new DemoBadge("DEMO-0007", "v-1007",
                    "Détenu condamné : quota de 2 visites déjà atteint la semaine prochaine (B7)"),
            new DemoBadge("DEMO-0008", "v-1008",
                    "Détenu au quartier disciplinaire : une visite par 7 jours, la dernière il y a peu (B7, C4)"),
            new DemoBadge("DEMO-0009", "v-1009",
                    "Double parloir accordé au détenu (famille à plus de 250 km) (B8)"),
            new DemoBadge("DEMO-0010", "v-1010",
                    "Permis suspendu : ne peut pas venir, mais peut réserver pour sa mère (P3, C7)"),
            new DemoBadge("DEMO-0011", "v-1012",
                    "Permis retiré : aucune réservation (P3)"),
            new DemoBadge("DEMO-0012", "v-1001",
                    "Badge révoqué (ancienne carte perdue de DEMO-0001) : refusé et tentative journalisée (P5)"),
            new DemoBadge("DEMO-0013", "v-1013",
                    "Détenu à Dijon : à la borne de Rouen, la réservation passe par le serveur central (B11)"),
            new DemoBadge("DEMO-0014", "v-1014",
                    "A déjà une réservation dans quelques jours : changer les accompagnants ou annuler (B3, B4)"));

    private DemoBadges() {
    }

    public static Optional<DemoBadge> byCode(String code) {
        return ALL.stream().filter(badge -> badge.code().equalsIgnoreCase(code.strip())).findFirst();
    }
}
