// Recomputing scores and the computed order after one weight change, for
// 10,000 tracks by 40 criteria (the goal: under 1 ms), and the decision aids
// for a realistic 300-entry list. Prints medians over many runs.
//
//   build/tests/bench/bench_scoring [tracks] [criteria] [runs]

#include "ranking/listanalysis.h"
#include "scoring/agreement.h"
#include "scoring/ranking.h"
#include "scoring/scoretable.h"
#include "scoring/sensitivity.h"

#include <QCoreApplication>
#include <QStringList>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <numeric>
#include <random>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Timing
{
    double median;
    double p90;
    double best;
};

template<typename Work>
Timing measure(int runs, Work work)
{
    std::vector<double> micros;
    micros.reserve(size_t(runs));
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work(i);
        const auto end = Clock::now();
        micros.push_back(std::chrono::duration<double, std::micro>(end - start).count());
    }
    std::sort(micros.begin(), micros.end());
    return {micros[micros.size() / 2], micros[micros.size() * 9 / 10], micros.front()};
}

rw::ScoreTable randomTable(int tracks, int criteria, std::mt19937 &random)
{
    std::uniform_real_distribution<double> uniform(0, 1);
    rw::ScoreTable table(tracks, criteria);
    for (int k = 0; k < criteria; ++k)
        table.setWeight(k, 1 + std::round(uniform(random) * 19));
    for (int t = 0; t < tracks; ++t) {
        for (int k = 0; k < criteria; ++k) {
            if (uniform(random) < 0.15)
                continue; // missing
            table.setValue(t, k, k % 3 ? std::round(uniform(random) * 4) / 4 : uniform(random));
        }
    }
    table.recompute();
    return table;
}

void print(const char *what, const Timing &t)
{
    std::printf("%-58s median %9.1f us   p90 %9.1f us   best %9.1f us\n", what, t.median, t.p90,
                t.best);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    const int tracks = args.size() > 1 ? args.at(1).toInt() : 10000;
    const int criteria = args.size() > 2 ? args.at(2).toInt() : 40;
    const int runs = args.size() > 3 ? args.at(3).toInt() : 2000;

    std::mt19937 random(42);
    rw::ScoreTable table = randomTable(tracks, criteria, random);
    std::vector<int> tie(static_cast<size_t>(tracks));
    std::iota(tie.begin(), tie.end(), 0);
    rw::ComputedOrder order;
    order.setTieOrder(tie);
    order.compute(table.scores());

    std::printf("%d tracks x %d criteria, %d runs\n", tracks, criteria, runs);
    std::uniform_real_distribution<double> weight(0, 20);
    std::vector<double> weights(static_cast<size_t>(runs));
    for (double &w : weights)
        w = std::round(weight(random) * 10) / 10;

    long checksum = 0;
    print("weighted sums only (recompute)", measure(runs, [&](int i) {
              table.setWeight(i % criteria, weights[size_t(i)]);
              table.recompute();
          }));
    print("computed order only (radix sort)",
          measure(runs, [&](int) { checksum += order.compute(table.scores()).front(); }));
    const Timing total = measure(runs, [&](int i) {
        table.setWeight(i % criteria, weights[size_t(i)]);
        table.recompute();
        checksum += order.compute(table.scores()).front();
    });
    print("one weight change: scores + computed order", total);

    // The decision aids run on a list, which the NRMP caps at 300 entries.
    const int listSize = std::min(tracks, 300);
    std::mt19937 listRandom(7);
    rw::ScoreTable list = randomTable(listSize, criteria, listRandom);
    std::vector<int> listTie(static_cast<size_t>(listSize));
    std::iota(listTie.begin(), listTie.end(), 0);
    rw::ComputedOrder listOrder;
    listOrder.setTieOrder(listTie);
    const std::vector<int> computed = listOrder.compute(list.scores());
    print("stability, 300-entry list (all adjacent pairs)",
          measure(std::max(runs / 20, 5), [&](int) {
              checksum += long(rw::Sensitivity::adjacentPairs(list, computed).size());
          }));
    print("gut check, 300-entry list (Kendall's tau)", measure(std::max(runs / 20, 5), [&](int) {
              checksum += rw::AgreementMeasure::compute(listTie, list.scores()).discordant;
          }));

    // What the window does while a weight slider is dragged on a full list:
    // new scores and order, then the stability and gut check panels.
    {
        QList<rw::Criterion> criteriaList;
        for (int k = 0; k < criteria; ++k) {
            rw::Criterion c;
            c.id = k + 1;
            c.name = QStringLiteral("C%1").arg(k);
            c.weight = 1 + k % 7;
            c.kind = k % 3 ? rw::CriterionKind::Rating : rw::CriterionKind::Attribute;
            criteriaList.append(c);
        }
        QList<rw::RankEntry> entries;
        std::vector<std::optional<double>> raw;
        std::uniform_int_distribution<int> rating(1, 5);
        std::uniform_real_distribution<double> fact(0, 100);
        for (int e = 0; e < listSize; ++e) {
            rw::RankEntry entry;
            entry.trackId = e + 1;
            entry.trackKey = QStringLiteral("p%1.t").arg(e);
            entry.position = e + 1;
            entries.append(entry);
            for (int k = 0; k < criteria; ++k) {
                if (listRandom() % 7 == 0)
                    raw.emplace_back();
                else
                    raw.emplace_back(k % 3 ? double(rating(listRandom)) : fact(listRandom));
            }
        }
        rw::ListAnalysis analysis(rw::RankList {}, criteriaList, entries, raw);
        print("slider preview, 300-entry list: scores+order+aids",
              measure(std::max(runs / 20, 5), [&](int i) {
                  analysis.setWeight(i % criteria, weights[size_t(i)]);
                  checksum += long(analysis.stability().size());
                  checksum += analysis.agreement().discordant;
              }));
    }

    std::printf("\ngoal: one weight change under 1000 us -> %s (median %.1f us)\n",
                total.median < 1000 ? "met" : "NOT met", total.median);
    std::printf("(checksum %ld)\n", checksum);
    // For tests/bench/run.
    std::printf("RESULT rerank_compute_ms %.3f\n", total.median / 1000.0);
    return 0;
}
