// main() of a reliability suite: "--helper ..." runs a helper mode (the
// suite re-runs itself as the child it kills, starves or de-privileges),
// anything else runs the QtTest cases.
#pragma once

#include "containers.h"

#include <QCoreApplication>
#include <QTest>

#define FERO_RELIABILITY_MAIN(TestClass)                                                                               \
    int main(int argc, char **argv)                                                                                    \
    {                                                                                                                  \
        if (const int rc = rel::runHelper(argc, argv); rc >= 0)                                                        \
            return rc;                                                                                                 \
        QCoreApplication app(argc, argv);                                                                              \
        TestClass test;                                                                                                \
        return QTest::qExec(&test, argc, argv);                                                                        \
    }
