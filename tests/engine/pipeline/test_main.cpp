// One executable for the pipeline's tests: each file holds a test class and
// registers it here.
#include <QtTest>

int runJobSpecTests(int argc, char** argv);
int runPreparedDataTests(int argc, char** argv);
int runSamplingTests(int argc, char** argv);
int runModelFileTests(int argc, char** argv);

int main(int argc, char** argv)
{
    int failures = 0;
    failures += runJobSpecTests(argc, argv);
    failures += runPreparedDataTests(argc, argv);
    failures += runSamplingTests(argc, argv);
    failures += runModelFileTests(argc, argv);
    return failures;
}
