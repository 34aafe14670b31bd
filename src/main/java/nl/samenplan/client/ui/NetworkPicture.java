package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.client.SupportProviders.Provider;

/** The "onion": the client in the centre, the network around, volunteers and professionals outside. */
final class NetworkPicture {

    private NetworkPicture() {
    }

    static Component of(Component owner, String clientName, List<Member> members, List<Provider> providers) {
        List<NetworkPictureSvg.Node> nodes = new ArrayList<>();
        for (Member member : members) {
            var data = member.data();
            nodes.add(new NetworkPictureSvg.Node(data.name(), owner.getTranslation(data.relation().labelKey()),
                    data.relation().ring(), data.caregiver() ? data.burdenScore() : null,
                    NetworkPictureSvg.Kind.NETWORK));
        }
        for (Provider provider : providers) {
            NetworkPictureSvg.Kind kind = switch (provider.kind()) {
                case VOLUNTEER -> NetworkPictureSvg.Kind.VOLUNTEER;
                case GENERAL_PROVISION -> NetworkPictureSvg.Kind.GENERAL_PROVISION;
                case PROFESSIONAL -> NetworkPictureSvg.Kind.PROFESSIONAL;
            };
            nodes.add(new NetworkPictureSvg.Node(provider.name(), provider.role(), 3, null, kind));
        }
        var labels = new NetworkPictureSvg.Labels(owner.getTranslation("network.picture.title", clientName),
                owner.getTranslation("network.picture.low"), owner.getTranslation("network.picture.mid"),
                owner.getTranslation("network.picture.high"), owner.getTranslation("network.picture.none"),
                BurdenLevel.THRESHOLD);
        Svg svg = new Svg(NetworkPictureSvg.render(clientName, nodes, labels));
        svg.addClassName("network-picture");
        svg.setId("network-picture");
        return svg;
    }
}
