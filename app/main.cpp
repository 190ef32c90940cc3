// winnow: Winnow's desktop app. Everything it does lives in the libraries;
// see app/application.h.
#include "app/application.h"

int main(int argc, char* argv[])
{
    return winnow::app::run(argc, argv);
}
